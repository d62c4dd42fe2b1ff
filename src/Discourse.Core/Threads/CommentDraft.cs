namespace Discourse.Core.Threads;

/// <summary>A comment as a reader found it, before the tree is built. Readers emit these in document order.</summary>
public sealed record CommentDraft(string Id, string Author, string Text, ParentLink Link)
{
    public int DisplayDepth { get; init; }
    public DateTimeOffset? Created { get; init; }
    public CommentStatus Status { get; init; } = CommentStatus.Visible;
    public int? NotLoadedCount { get; init; }
    public SourceSpan? Span { get; init; }
    public IReadOnlyList<string> Quotes { get; init; } = [];
}
