namespace Discourse.Readers.Copied;

/// <summary>A copied page split into its article and the comments as drawn.</summary>
public sealed record CopiedSection(string Title, string Article, IReadOnlyList<IndentedComment> Comments);
