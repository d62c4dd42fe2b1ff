namespace Discourse.Core.Threads;

/// <summary>What a thread is about: where it came from, its title and the article its top-level comments answer.</summary>
public sealed record ThreadInfo(string Source, string Title, string Article)
{
    /// <summary>The source's own id for the thread, where it has one.</summary>
    public string? Id { get; init; }

    public string? Url { get; init; }
    public DateTimeOffset? Created { get; init; }
}
