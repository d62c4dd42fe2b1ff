using System.Text.Json;
using Discourse.Core.Threads;
using Discourse.Readers.Html;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.HackerNews;

/// <summary>Hacker News items (Algolia and Firebase forms) as thread headers and comment drafts.</summary>
public static class HackerNewsItems
{
    public static ThreadInfo Story(JsonElement item, string sourceName) =>
        new(sourceName, item.String("title") ?? "", HtmlText.Convert(item.String("text")).Text)
        {
            Id = item.String("id") ?? item.String("objectID"),
            Url = item.String("url"),
            Created = Created(item),
            IsPost = true,
        };

    public static CommentDraft Comment(JsonElement item, string? parentId)
    {
        var body = HtmlText.Convert(item.String("text"));
        var status = item.Flag("deleted") ? CommentStatus.Deleted
            : item.Flag("dead") ? CommentStatus.Removed
            : CommentStatus.Visible;
        return new CommentDraft(item.String("id") ?? "", item.String("author") ?? item.String("by") ?? "", body.Text,
            ParentLink.FromMarkup(parentId))
        {
            Created = Created(item),
            Status = status,
            Quotes = body.Quotes,
        };
    }

    public static bool IsStory(JsonElement item) =>
        item.String("type") is "story" or "poll" or "job" || (item.String("title") is not null && item.String("parent") is null && item.String("parent_id") is null);

    private static DateTimeOffset? Created(JsonElement item) =>
        item.Number("created_at_i") is { } i ? Timestamps.FromUnixSeconds(i)
        : item.Number("time") is { } t ? Timestamps.FromUnixSeconds(t)
        : Timestamps.Parse(item.String("created_at"));
}
