namespace Discourse.Core.Threads;

/// <summary>
/// A comment thread: the article as root and its comments as a reply tree. Immutable; made by <see cref="ThreadBuilder"/>.
/// </summary>
public sealed class DiscussionThread
{
    private readonly Dictionary<string, Comment> byId;

    internal DiscussionThread(ThreadInfo info, IReadOnlyList<Comment> comments)
    {
        Info = info;
        Comments = comments;
        byId = comments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        TopLevel = comments.Where(c => c.ParentId is null).ToList();
    }

    public ThreadInfo Info { get; }
    public string Source => Info.Source;
    public string? Id => Info.Id;
    public string Title => Info.Title;
    public string Article => Info.Article;

    /// <summary>Every comment in document order.</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <summary>The comments that answer the article directly, in document order.</summary>
    public IReadOnlyList<Comment> TopLevel { get; }

    public Comment? Find(string id) => byId.GetValueOrDefault(id);

    public Comment? ParentOf(Comment comment) => comment.ParentId is { } id ? Find(id) : null;

    /// <summary>The text a comment answers: its parent's text, or for a top-level comment the article (or the post).</summary>
    public string TextAnsweredBy(Comment comment) => ParentOf(comment)?.Text ?? Info.AnsweredText;
}
