using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Discourse.Readers.Tests.Generated;

/// <summary>
/// Writes a generated tree in each export format, following the formats' documented schemas, so readers can be
/// checked on write → read round trips.
/// </summary>
public static class FormatRenderers
{
    private static readonly XNamespace Dsq = "http://disqus.com/disqus-internals";
    private static readonly XNamespace Disqus = "http://disqus.com";
    private static readonly XNamespace Wp = "http://wordpress.org/export/1.2/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static string Html(string text) =>
        string.Concat(text.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    public static string DisqusXml(GeneratedTree tree)
    {
        var root = new XElement(Disqus + "disqus", new XAttribute(XNamespace.Xmlns + "dsq", Dsq.NamespaceName),
            new XElement(Disqus + "thread", new XAttribute(Dsq + "id", "t1"),
                new XElement(Disqus + "title", "A page"), new XElement(Disqus + "link", "http://example.org/p")));
        foreach (var c in tree.Comments)
        {
            var post = new XElement(Disqus + "post", new XAttribute(Dsq + "id", c.Id),
                new XElement(Disqus + "message", new XCData(Html(c.Text))),
                new XElement(Disqus + "createdAt", c.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
                new XElement(Disqus + "isDeleted", "false"),
                new XElement(Disqus + "isSpam", "false"),
                new XElement(Disqus + "author", new XElement(Disqus + "name", c.Author)),
                new XElement(Disqus + "thread", new XAttribute(Dsq + "id", "t1")));
            if (c.ParentId is not null)
            {
                post.Add(new XElement(Disqus + "parent", new XAttribute(Dsq + "id", c.ParentId)));
            }

            root.Add(post);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).ToString();
    }

    public static string Wxr(GeneratedTree tree)
    {
        var item = new XElement("item", new XElement("title", "A post"), new XElement(Wp + "post_id", "42"),
            new XElement(Content + "encoded", new XCData("Body")));
        foreach (var c in tree.Comments)
        {
            item.Add(new XElement(Wp + "comment",
                new XElement(Wp + "comment_id", c.Id),
                new XElement(Wp + "comment_author", new XCData(c.Author)),
                new XElement(Wp + "comment_date_gmt", c.Created.ToString("yyyy-MM-dd HH:mm:ss")),
                new XElement(Wp + "comment_content", new XCData(WebUtility.HtmlEncode(c.Text))),
                new XElement(Wp + "comment_approved", "1"),
                new XElement(Wp + "comment_parent", c.ParentId ?? "0")));
        }

        var rss = new XElement("rss", new XAttribute(XNamespace.Xmlns + "wp", Wp.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "content", Content.NamespaceName), new XElement("channel", item));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), rss).ToString();
    }

    public static string RedditJson(GeneratedTree tree)
    {
        var children = tree.Comments.ToLookup(c => c.ParentId ?? "");
        object Thing(GeneratedComment c) => new
        {
            kind = "t1",
            data = new
            {
                id = c.Id,
                author = c.Author,
                body = c.Text,
                created_utc = c.Created.ToUnixTimeSeconds(),
                parent_id = c.ParentId is null ? "t3_post" : "t1_" + c.ParentId,
                replies = children[c.Id].Any() ? (object)Listing(children[c.Id].Select(Thing)) : "",
            },
        };
        var post = new { kind = "t3", data = new { id = "post", title = "A post", selftext = "Body", created_utc = 1451606400.0 } };
        return JsonSerializer.Serialize(new[] { Listing([post]), Listing(children[""].Select(Thing)) });
    }

    public static string Algolia(GeneratedTree tree)
    {
        var children = tree.Comments.ToLookup(c => c.ParentId ?? "");
        object Item(GeneratedComment c) => new
        {
            id = long.Parse(c.Id[1..]),
            created_at_i = c.Created.ToUnixTimeSeconds(),
            type = "comment",
            author = c.Author,
            text = Html(c.Text),
            children = children[c.Id].Select(Item).ToArray(),
        };
        return JsonSerializer.Serialize(new
        {
            id = 0,
            created_at_i = 1451606400,
            type = "story",
            title = "A story",
            story_id = 0,
            children = children[""].Select(Item).ToArray(),
        });
    }

    public static string FirebaseLines(GeneratedTree tree)
    {
        var children = tree.Comments.ToLookup(c => c.ParentId ?? "");
        static long Num(string id) => long.Parse(id[1..]);
        var lines = new List<string>
        {
            JsonSerializer.Serialize(new { id = 0, by = "op", time = 1451606400, type = "story", title = "A story", kids = children[""].Select(c => Num(c.Id)) }),
        };
        lines.AddRange(tree.Comments.Select(c => JsonSerializer.Serialize(new
        {
            id = Num(c.Id),
            by = c.Author,
            time = c.Created.ToUnixTimeSeconds(),
            type = "comment",
            parent = c.ParentId is null ? 0 : Num(c.ParentId),
            text = Html(c.Text),
            kids = children[c.Id].Select(k => Num(k.Id)),
        })));
        return string.Join('\n', lines);
    }

    private static object Listing(IEnumerable<object> things) => new { kind = "Listing", data = new { children = things.ToArray() } };
}
