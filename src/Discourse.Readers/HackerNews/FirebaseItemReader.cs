using System.Text.Json;
using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.HackerNews;

/// <summary>
/// Reads Hacker News Firebase items (<c>id, by, time, text, kids, parent, type</c>): one item per line, a JSON array
/// of items, or a single item. Comments are placed by <c>parent</c>, ordered as their parent's <c>kids</c> list them;
/// each story with its comments is a thread.
/// </summary>
public sealed class FirebaseItemReader : IThreadReader
{
    public string FormatName => "hn-firebase";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        var first = HeadSniff.FirstSignificant(text);
        return (first == '{' || first == '[') && text.Contains("\"by\"", StringComparison.Ordinal)
            && text.Contains("\"type\"", StringComparison.Ordinal) && text.Contains("\"time\"", StringComparison.Ordinal);
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        var items = Items(input, sourceName);
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(item.String("id") ?? "", item);
        }

        var stories = items.Where(HackerNewsItems.IsStory).ToList();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            var drafts = new List<CommentDraft>();
            Walk(story, byId, drafts, placed, isRoot: true);
            yield return new ThreadBuilder(HackerNewsItems.Story(story, sourceName)).AddRange(drafts).Build();
        }

        // Comments whose story is not in the file: one thread, each kept under its named parent or as an orphan.
        var rest = items.Where(i => !HackerNewsItems.IsStory(i) && !placed.Contains(i.String("id") ?? "")).ToList();
        if (rest.Count > 0)
        {
            var drafts = new List<CommentDraft>();
            foreach (var item in rest.Where(i => !byId.ContainsKey(i.String("parent") ?? "")))
            {
                Walk(item, byId, drafts, placed, isRoot: false);
            }

            drafts.AddRange(rest.Where(i => !placed.Contains(i.String("id") ?? "")).Select(i => HackerNewsItems.Comment(i, i.String("parent"))));
            yield return new ThreadBuilder(new ThreadInfo(sourceName, "", "")).AddRange(drafts).Build();
        }
    }

    private static List<JsonElement> Items(Stream input, string sourceName)
    {
        var text = new StreamReader(input).ReadToEnd();
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('['))
        {
            using var document = JsonErrors.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(trimmed)), sourceName);
            return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        }

        try
        {
            using var single = JsonDocument.Parse(trimmed);
            return [single.RootElement.Clone()];
        }
        catch (JsonException)
        {
            var items = new List<JsonElement>();
            foreach (var line in Utf8LineReader.Lines(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))))
            {
                if (!JsonKeyScanner.IsBlank(line.Bytes.Span))
                {
                    using var document = JsonErrors.ParseLine(line.Bytes, sourceName, line.Number);
                    items.Add(document.RootElement.Clone());
                }
            }

            return items;
        }
    }

    private static void Walk(JsonElement top, Dictionary<string, JsonElement> byId, List<CommentDraft> drafts, HashSet<string> placed, bool isRoot)
    {
        var stack = new Stack<(JsonElement Item, string? Parent, bool IsRoot)>();
        stack.Push((top, isRoot ? null : top.String("parent"), isRoot));
        while (stack.Count > 0)
        {
            var (item, parent, root) = stack.Pop();
            var id = item.String("id") ?? "";
            if (!placed.Add(id))
            {
                continue;
            }

            if (!root)
            {
                drafts.Add(HackerNewsItems.Comment(item, parent));
            }

            if (item.Child("kids") is { ValueKind: JsonValueKind.Array } kids)
            {
                var missing = 0;
                foreach (var kid in kids.EnumerateArray().Reverse())
                {
                    var kidId = kid.ValueKind == JsonValueKind.Number ? kid.GetRawText() : kid.GetString() ?? "";
                    if (byId.TryGetValue(kidId, out var child))
                    {
                        stack.Push((child, root ? null : id, false));
                    }
                    else
                    {
                        missing++;
                    }
                }

                if (missing > 0)
                {
                    drafts.Add(new CommentDraft($"more-{id}", "", "", ParentLink.FromMarkup(root ? null : id))
                    {
                        Status = CommentStatus.NotLoaded,
                        NotLoadedCount = missing,
                    });
                }
            }
        }
    }
}
