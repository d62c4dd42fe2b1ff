using System.Net;
using System.Text.Json;
using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.Reddit;

/// <summary>Turns reddit "things" (t1 comments, t3 posts, more stubs) into drafts and thread headers.</summary>
public static class RedditComments
{
    /// <summary>The id a fullname points at ("t1_abc" → "abc"); null for a post (the thread's root) or nothing.</summary>
    public static string? ParentOf(string? fullname) =>
        fullname is null || fullname.StartsWith("t3_", StringComparison.Ordinal) ? null
        : fullname.Length > 3 && fullname[2] == '_' ? fullname[3..]
        : fullname;

    public static ThreadInfo Post(JsonElement data, string sourceName) =>
        new(sourceName, Decode(data.String("title")), Body(data.String("selftext")).Text)
        {
            Id = data.String("id"),
            Url = data.String("permalink") ?? data.String("url"),
            Created = Created(data),
            IsPost = true,
        };

    public static CommentDraft Comment(JsonElement data)
    {
        var body = data.String("body") ?? "";
        var author = data.String("author") ?? "";
        var status = body.Trim() switch
        {
            "[removed]" => CommentStatus.Removed,
            "[deleted]" => CommentStatus.Deleted,
            _ => CommentStatus.Visible,
        };
        var content = Body(status == CommentStatus.Visible ? body : "");
        return new CommentDraft(data.String("id") ?? "", author, content.Text, ParentLink.FromMarkup(ParentOf(data.String("parent_id"))))
        {
            Created = Created(data),
            Status = status,
            Quotes = content.Quotes,
        };
    }

    /// <summary>A "more" stub: the replies reddit did not send, as one not-loaded placeholder.</summary>
    public static CommentDraft More(JsonElement data)
    {
        var count = (int)(data.Number("count") ?? 0);
        var children = data.Child("children") is { ValueKind: JsonValueKind.Array } ids ? ids.GetArrayLength() : 0;
        var id = data.String("id") ?? data.String("name") ?? "more";
        return new CommentDraft($"more-{id}-{data.String("parent_id")}", "", "", ParentLink.FromMarkup(ParentOf(data.String("parent_id"))))
        {
            Status = CommentStatus.NotLoaded,
            NotLoadedCount = Math.Max(count, children),
        };
    }

    private static DateTimeOffset? Created(JsonElement data) =>
        data.Number("created_utc") is { } seconds ? Timestamps.FromUnixSeconds(seconds) : Timestamps.Parse(data.String("created_utc"));

    /// <summary>Reddit markdown as text: "&gt;" lines are quotations; entities escaped by the public endpoint are decoded.</summary>
    public static Html.HtmlContent Body(string? markdown)
    {
        var text = Decode(markdown).Replace("\r\n", "\n").Trim();
        var quotes = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('>'))
            {
                current.Add(line.TrimStart('>').Trim());
            }
            else if (current.Count > 0)
            {
                quotes.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            quotes.Add(string.Join('\n', current).Trim());
        }

        return new Html.HtmlContent(text, quotes.Where(q => q.Length > 0).ToList());
    }

    private static string Decode(string? text) =>
        text is null ? "" : text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
}
