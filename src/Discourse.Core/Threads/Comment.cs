namespace Discourse.Core.Threads;

/// <summary>
/// One comment in the built reply tree. Immutable; made only by <see cref="ThreadBuilder"/>.
/// </summary>
public sealed class Comment
{
    private readonly List<Comment> children = [];

    internal Comment(CommentDraft draft, string id, ParentLink link, int depth, int order, CommentFlags flags)
    {
        Id = id;
        Author = draft.Author;
        Text = draft.Text;
        Link = link;
        Depth = depth;
        DisplayDepth = draft.DisplayDepth;
        Order = order;
        Created = draft.Created?.ToUniversalTime();
        Status = draft.Status;
        NotLoadedCount = draft.NotLoadedCount;
        Span = draft.Span;
        Quotes = draft.Quotes;
        Flags = flags;
    }

    public string Id { get; }
    public string Author { get; }

    /// <summary>The text with paragraphs separated by newlines, characters exactly as given.</summary>
    public string Text { get; }

    public ParentLink Link { get; }
    public string? ParentId => Link.ParentId;

    /// <summary>True depth in the reply tree: 0 answers the article.</summary>
    public int Depth { get; }

    /// <summary>The indentation level as the source rendered it (equals <see cref="Depth"/> unless a site capped it).</summary>
    public int DisplayDepth { get; }

    /// <summary>Position in document order, from 0.</summary>
    public int Order { get; }

    public DateTimeOffset? Created { get; }
    public CommentStatus Status { get; }
    public int? NotLoadedCount { get; }
    public SourceSpan? Span { get; }

    /// <summary>Passages the comment quotes from someone else (block quotes, "&gt;" lines).</summary>
    public IReadOnlyList<string> Quotes { get; }

    public CommentFlags Flags { get; }
    public IReadOnlyList<Comment> Children => children;

    public bool IsPlaceholder => Status != CommentStatus.Visible;

    internal void AddChild(Comment child) => children.Add(child);
}
