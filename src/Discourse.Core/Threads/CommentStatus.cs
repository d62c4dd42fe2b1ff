namespace Discourse.Core.Threads;

/// <summary>What kind of comment a node is; placeholders keep their replies in place.</summary>
public enum CommentStatus
{
    Visible,
    Deleted,
    Removed,
    Spam,

    /// <summary>Held for moderation and not shown by the site (a WordPress comment awaiting approval, say).</summary>
    Pending,

    /// <summary>A stub for replies the source did not include ("load more"); see <see cref="Comment.NotLoadedCount"/>.</summary>
    NotLoaded,
}
