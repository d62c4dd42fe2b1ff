namespace Discourse.Core.Threads;

/// <summary>How a comment's parent became known.</summary>
public enum LinkOrigin
{
    /// <summary>Stated by the input itself: an explicit parent id, or an indentation the page drew without a cap.</summary>
    Markup,

    /// <summary>Reconstructed from evidence where the input did not say (a capped indentation level, say).</summary>
    Inferred,
}
