using System.Xml.Linq;
using Discourse.Core.Threads;
using Discourse.Readers.Html;
using Discourse.Readers.Text;
using Discourse.Readers.Xml;

namespace Discourse.Readers.Disqus;

/// <summary>
/// Reads a Disqus XML export (<c>&lt;disqus&gt;</c> with <c>&lt;thread dsq:id&gt;</c> and <c>&lt;post dsq:id&gt;</c>
/// elements): one thread per exported page that has posts, deleted and spam posts kept as placeholders.
/// </summary>
public sealed class DisqusXmlReader : IThreadReader
{
    private static readonly HashSet<string> Wanted = ["thread", "post"];

    public string FormatName => "disqus-xml";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        return HeadSniff.IsXml(text) && text.Contains("<disqus", StringComparison.Ordinal);
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        var threads = new Dictionary<string, ThreadInfo>(StringComparer.Ordinal);
        var posts = new Dictionary<string, List<CommentDraft>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (element, line) in XmlElements.Stream(input, sourceName, Wanted))
        {
            if (element.Name.LocalName == "thread" && element.Parent is null)
            {
                var id = element.AttributeByLocalName("id") ?? $"line-{line}";
                threads[id] = ReadThread(element, id, sourceName);
                Remember(order, posts, id);
            }
            else if (element.Name.LocalName == "post")
            {
                var threadId = element.ChildElement("thread").AttributeByLocalName("id") ?? "";
                Remember(order, posts, threadId);
                posts[threadId].Add(ReadPost(element, line));
            }
        }

        var withPosts = order.Where(id => posts[id].Count > 0).ToList();
        foreach (var id in withPosts.Count > 0 ? withPosts : order)
        {
            var info = threads.GetValueOrDefault(id) ?? new ThreadInfo(sourceName, $"(thread {id} is not in the file)", "") { Id = id };
            yield return new ThreadBuilder(info).AddRange(posts[id]).Build();
        }
    }

    private static void Remember(List<string> order, Dictionary<string, List<CommentDraft>> posts, string id)
    {
        if (!posts.ContainsKey(id))
        {
            posts[id] = [];
            order.Add(id);
        }
    }

    private static ThreadInfo ReadThread(XElement element, string id, string sourceName) =>
        new(sourceName, element.Child("title")?.Trim() ?? "", HtmlText.Convert(element.Child("message")).Text)
        {
            Id = id,
            Url = element.Child("link")?.Trim(),
            Created = Timestamps.Parse(element.Child("createdAt")),
        };

    private static CommentDraft ReadPost(XElement element, int line)
    {
        var id = element.AttributeByLocalName("id") ?? $"line-{line}";
        var parent = element.ChildElement("parent").AttributeByLocalName("id");
        var author = element.ChildElement("author");
        var name = author?.Child("name") ?? author?.Child("username") ?? "";
        var body = HtmlText.Convert(element.Child("message"));
        var status = IsTrue(element.Child("isSpam")) ? CommentStatus.Spam
            : IsTrue(element.Child("isDeleted")) ? CommentStatus.Deleted
            : CommentStatus.Visible;
        return new CommentDraft(id, name.Trim(), body.Text, ParentLink.FromMarkup(string.IsNullOrEmpty(parent) ? null : parent))
        {
            Created = Timestamps.Parse(element.Child("createdAt")),
            Status = status,
            Quotes = body.Quotes,
            Span = new SourceSpan(line, 1),
        };
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
