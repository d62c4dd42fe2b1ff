using Discourse.Core.Threads;

namespace Discourse.Core.Scores;

/// <summary>A thread with a score for each comment that has one (placeholders have none).</summary>
public sealed class ScoredThread(DiscussionThread thread, IReadOnlyDictionary<string, CommentScore> scores)
{
    public DiscussionThread Thread { get; } = thread;
    public IReadOnlyDictionary<string, CommentScore> Scores { get; } = scores;

    public CommentScore? ScoreOf(Comment comment) => Scores.GetValueOrDefault(comment.Id);

    public static ScoredThread Unscored(DiscussionThread thread) =>
        new(thread, new Dictionary<string, CommentScore>(StringComparer.Ordinal));
}
