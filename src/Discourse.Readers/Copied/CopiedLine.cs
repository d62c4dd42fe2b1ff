namespace Discourse.Readers.Copied;

/// <summary>What a line of a copied comment section is.</summary>
public enum CopiedLineKind
{
    Blank,

    /// <summary>A "•" bullet opening a comment; the rest of the line names its author.</summary>
    Bullet,

    Text,

    /// <summary>Page furniture copied along with the text: "show comments", "Reply", author lists, icons.</summary>
    Chrome,

    /// <summary>A footer ("©" line) that ends the comment region.</summary>
    Footer,
}

/// <summary>One line of a copied comment section, with its 1-based number and indentation in columns.</summary>
public sealed record CopiedLine(int Number, int Indent, string Text, CopiedLineKind Kind);
