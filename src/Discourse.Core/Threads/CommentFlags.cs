namespace Discourse.Core.Threads;

/// <summary>Damage found in the input and repaired while building the tree. Nothing is dropped silently.</summary>
[Flags]
public enum CommentFlags
{
    None = 0,

    /// <summary>The named parent is not in the input; the comment was attached to the article.</summary>
    Orphan = 1,

    /// <summary>The parent links formed a cycle; this comment's link was cut and it answers the article.</summary>
    CycleBroken = 2,

    /// <summary>The comment named itself as its parent; it answers the article.</summary>
    SelfReply = 4,

    /// <summary>Another comment earlier in the input had the same id; this one was given a suffixed id.</summary>
    DuplicateId = 8,
}
