using Discourse.Core.Scores;
using Discourse.Core.Threads;
using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Models;

/// <summary>
/// Scores every visible comment of a thread against the text it answers (its parent's, or the article for a
/// top-level comment), in one batch per thread; a reply that grants a point in so many words is marked as conceding.
/// </summary>
public sealed class ModelThreadScorer(ReplyModels models) : IThreadScorer
{
    public ScoredThread Score(DiscussionThread thread)
    {
        var visible = thread.Comments.Where(c => !c.IsPlaceholder).ToList();
        var predictions = models.Predict(visible.Select(c => (c.Id, thread.TextAnsweredBy(c), c.Text)));
        var scores = new Dictionary<string, CommentScore>(StringComparer.Ordinal);
        foreach (var (comment, prediction) in visible.Zip(predictions))
        {
            scores[prediction.Id] = prediction.ToScore() with { Concedes = StanceMarkers.Concedes(comment.Text) };
        }

        return new ScoredThread(thread, scores);
    }
}
