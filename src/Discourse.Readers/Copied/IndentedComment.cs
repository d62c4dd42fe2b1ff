namespace Discourse.Readers.Copied;

/// <summary>
/// A comment as the copied page drew it: author, text, indentation level, and the parent that indentation implies
/// (index into the section's comments, −1 for the article).
/// </summary>
public sealed record IndentedComment(int Index, string Author, string Text, int Level, int DrawnParent, int Line);
