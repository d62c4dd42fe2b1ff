namespace Discourse.Analysis.Camps;

/// <summary>Which side of the article's claim a comment or an author is on.</summary>
public enum Side
{
    /// <summary>With the article.</summary>
    For,

    /// <summary>Against the article.</summary>
    Against,

    /// <summary>No clear side.</summary>
    Unaligned,
}
