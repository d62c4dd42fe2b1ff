namespace Discourse.Core.Threads;

/// <summary>
/// The link from a comment to the comment it answers, with its provenance.
/// A null <see cref="ParentId"/> means the comment answers the article (the thread's root).
/// </summary>
public sealed record ParentLink(string? ParentId, LinkOrigin Origin, double Confidence, IReadOnlyList<string> Evidence)
{
    public static ParentLink FromMarkup(string? parentId) => new(parentId, LinkOrigin.Markup, 1.0, []);

    public static ParentLink Inferred(string? parentId, double confidence, IReadOnlyList<string> evidence) =>
        new(parentId, LinkOrigin.Inferred, Math.Clamp(confidence, 0.0, 1.0), evidence);

    public bool IsInferred => Origin == LinkOrigin.Inferred;
}
