using System.Text;
using System.Xml.Linq;
using Discourse.Core.Threads;
using Discourse.Readers.Html;
using Discourse.Readers.Text;
using Discourse.Readers.Xml;

namespace Discourse.Readers.WordPress;

/// <summary>
/// Reads a WordPress WXR export (also Disqus's WXR import variant): each <c>&lt;item&gt;</c> with comments becomes a
/// thread, <c>wp:comment_parent</c> gives the links, and the approval status gives spam, trash and pending placeholders.
/// </summary>
public sealed class WxrReader : IThreadReader
{
    private static readonly HashSet<string> Wanted = ["item"];

    public string FormatName => "wordpress-wxr";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        return HeadSniff.IsXml(text) && text.Contains("<rss", StringComparison.Ordinal)
            && (text.Contains("wordpress.org/export", StringComparison.Ordinal) || text.Contains("xmlns:wp", StringComparison.Ordinal));
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        var empty = new List<DiscussionThread>();
        var any = false;
        foreach (var (item, _) in XmlElements.Stream(input, sourceName, Wanted))
        {
            var comments = item.Elements().Where(e => e.Name.LocalName == "comment").ToList();
            var thread = new ThreadBuilder(ReadInfo(item, sourceName)).AddRange(comments.Select(ReadComment)).Build();
            if (comments.Count > 0)
            {
                any = true;
                yield return thread;
            }
            else if (!any)
            {
                empty.Add(thread);
            }
        }

        if (!any)
        {
            foreach (var thread in empty)
            {
                yield return thread;
            }
        }
    }

    private static ThreadInfo ReadInfo(XElement item, string sourceName) =>
        new(sourceName, item.Child("title")?.Trim() ?? "", HtmlText.Convert(AutoParagraphs(item.Child("encoded"))).Text)
        {
            Id = item.Child("post_id") ?? item.Child("thread_identifier"),
            Url = item.Child("link")?.Trim(),
            Created = Timestamps.Parse(item.Child("post_date_gmt")) ?? Timestamps.Parse(item.Child("post_date")),
        };

    private static CommentDraft ReadComment(XElement comment)
    {
        var parent = comment.Child("comment_parent")?.Trim();
        var body = HtmlText.Convert(AutoParagraphs(comment.Child("comment_content")));
        var status = comment.Child("comment_approved")?.Trim().ToLowerInvariant() switch
        {
            "spam" => CommentStatus.Spam,
            "trash" or "post-trashed" => CommentStatus.Deleted,
            "0" or "hold" => CommentStatus.Pending,
            _ => CommentStatus.Visible,
        };
        return new CommentDraft(
            comment.Child("comment_id")?.Trim() ?? "",
            comment.Child("comment_author")?.Trim() ?? "",
            body.Text,
            ParentLink.FromMarkup(string.IsNullOrEmpty(parent) || parent == "0" ? null : parent))
        {
            Created = Timestamps.Parse(comment.Child("comment_date_gmt")) ?? Timestamps.Parse(comment.Child("comment_date")),
            Status = status,
            Quotes = body.Quotes,
        };
    }

    /// <summary>WordPress stores paragraphs as blank lines and breaks as newlines, not as tags: make them tags.</summary>
    public static string AutoParagraphs(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return "";
        }

        var paragraphs = content.Replace("\r\n", "\n").Trim().Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(paragraph.Trim().Replace("\n", "<br>")).Append("</p>");
        }

        return html.ToString();
    }
}
