namespace Discourse.Readers.Html;

/// <summary>A comment body as text: paragraphs separated by blank lines, and the passages it quotes.</summary>
public sealed record HtmlContent(string Text, IReadOnlyList<string> Quotes);
