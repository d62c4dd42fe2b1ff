namespace Discourse.Core.Threads;

/// <summary>How many comments of each kind a thread holds, so a user sees that nothing was dropped.</summary>
public sealed record ThreadCounts(int Total, int Visible, int Deleted, int Removed, int Spam, int NotLoaded, int Orphans, int InferredLinks)
{
    public static ThreadCounts Of(DiscussionThread thread)
    {
        int Count(Func<Comment, bool> predicate) => thread.Comments.Count(predicate);
        return new ThreadCounts(
            thread.Comments.Count,
            Count(c => c.Status == CommentStatus.Visible),
            Count(c => c.Status == CommentStatus.Deleted),
            Count(c => c.Status == CommentStatus.Removed),
            Count(c => c.Status == CommentStatus.Spam),
            Count(c => c.Status == CommentStatus.NotLoaded),
            Count(c => c.Flags.HasFlag(CommentFlags.Orphan)),
            Count(c => c.Link.IsInferred));
    }
}
