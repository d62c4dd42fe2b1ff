using Discourse.Core.Scores;
using Discourse.Core.Threads;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Reading;

/// <summary>Turns the labelled thread comments of a corpus into threads scored with their gold labels.</summary>
public static class LabelledThreads
{
    public static IReadOnlyList<ScoredThread> Build(LabelledCorpus corpus)
    {
        var meta = corpus.Threads.ToDictionary(t => t.ThreadId, StringComparer.Ordinal);
        return corpus.ThreadComments
            .GroupBy(c => c.ThreadId!, StringComparer.Ordinal)
            .Select(g => Build(g.Key, g.ToList(), meta.GetValueOrDefault(g.Key)))
            .ToList();
    }

    public static ScoredThread Build(string threadId, IReadOnlyList<LabelledReply> comments, ThreadMeta? meta)
    {
        var article = meta?.Article ?? comments.FirstOrDefault(c => c.ParentId is null)?.Parent ?? "";
        var info = new ThreadInfo($"corpus:{threadId}", meta?.Title ?? threadId, article) { Id = threadId };
        var builder = new ThreadBuilder(info);
        var scores = new Dictionary<string, CommentScore>(StringComparer.Ordinal);
        foreach (var c in comments)
        {
            builder.Add(new CommentDraft(c.Id, c.Author ?? "", c.Text, ParentLink.FromMarkup(c.ParentId)) { Created = c.Created });
            scores[c.Id] = new CommentScore(c.Stance, StanceScoreOf(c.Stance), c.Tone, c.Heat);
        }

        return new ScoredThread(builder.Build(), scores);
    }

    /// <summary>The stance score a gold label stands for: +1 agree, 0 neutral, −1 disagree.</summary>
    public static double StanceScoreOf(Stance stance) => stance switch
    {
        Stance.Agree => 1.0,
        Stance.Disagree => -1.0,
        _ => 0.0,
    };
}
