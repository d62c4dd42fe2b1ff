namespace Discourse.Core.Threads;

/// <summary>What a thread is about: where it came from, its title and the article its top-level comments answer.</summary>
public sealed record ThreadInfo(string Source, string Title, string Article)
{
    /// <summary>The source's own id for the thread, where it has one.</summary>
    public string? Id { get; init; }

    public string? Url { get; init; }
    public DateTimeOffset? Created { get; init; }

    /// <summary>
    /// The root is a user's post (a reddit submission, an HN story) rather than an article: its title is part of what
    /// the top-level comments answer.
    /// </summary>
    public bool IsPost { get; init; }

    /// <summary>
    /// What a top-level comment answers: the article, or for a post its title and body as the codebook writes a post
    /// parent ("Title: &lt;title&gt; \n &lt;body&gt;").
    /// </summary>
    public string AnsweredText => IsPost && Title.Length > 0 ? $"{PostTitlePrefix}{Title} \n {Article}".TrimEnd() : Article;

    /// <summary>How a post written as a parent text begins.</summary>
    public const string PostTitlePrefix = "Title: ";
}
