using Discourse.Core.Scores;
using Discourse.Core.Threads;
using Discourse.Corpus.Reading;

namespace Discourse.Analysis.Tests;

/// <summary>Scored threads for tests: written inline, or our labelled threads from seeds/corpus with gold scores.</summary>
public static class ScoredThreads
{
    /// <summary>Rows of (id, parent id, author, stance, stance score, heat); tone follows the heat.</summary>
    public static ScoredThread Of(params (string Id, string? Parent, string Author, Stance Stance, double StanceScore, double Heat)[] rows)
    {
        var builder = new ThreadBuilder(new ThreadInfo("test", "Title", "Article"));
        var scores = new Dictionary<string, CommentScore>();
        foreach (var r in rows)
        {
            builder.Add(new CommentDraft(r.Id, r.Author, $"text {r.Id}", ParentLink.FromMarkup(r.Parent)));
            scores[r.Id] = new CommentScore(r.Stance, r.StanceScore, r.Heat < 0.33 ? Tone.Civil : r.Heat < 0.63 ? Tone.Snarky : Tone.Hostile, r.Heat);
        }

        return new ScoredThread(builder.Build(), scores);
    }

    /// <summary>The same thread with the named comments' scores marked as conceding.</summary>
    public static ScoredThread Conceding(ScoredThread scored, params string[] ids) =>
        new(scored.Thread, scored.Scores.ToDictionary(kv => kv.Key, kv => ids.Contains(kv.Key) ? kv.Value with { Concedes = true } : kv.Value));

    public static string CorpusRoot { get; } = Path.Combine(RepoRoot(), "seeds", "corpus");

    public static IReadOnlyList<ScoredThread> Labelled() => LabelledThreads.Build(CorpusReader.ReadStrict(CorpusRoot));

    public static IReadOnlyDictionary<string, string> Shapes() =>
        CorpusReader.Read(CorpusRoot).Threads.ToDictionary(t => t.ThreadId, t => t.Shape);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Discourse.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Discourse.sln not found");
    }
}
