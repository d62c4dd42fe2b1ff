using System.Text.Json;
using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.HackerNews;

/// <summary>Reads the Hacker News Algolia items form: one story object with its comments nested in <c>children</c>.</summary>
public sealed class AlgoliaItemReader : IThreadReader
{
    public string FormatName => "hn-algolia";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        return HeadSniff.FirstSignificant(text) == '{' && text.Contains("\"children\"", StringComparison.Ordinal)
            && (text.Contains("\"created_at_i\"", StringComparison.Ordinal) || text.Contains("\"story_id\"", StringComparison.Ordinal));
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        using var document = JsonErrors.Parse(input, sourceName);
        var root = document.RootElement;
        var isStory = HackerNewsItems.IsStory(root);
        var info = isStory ? HackerNewsItems.Story(root, sourceName) : new ThreadInfo(sourceName, "", "");
        var drafts = new List<CommentDraft>();
        var stack = new Stack<(JsonElement Item, string? Parent)>();
        if (isStory)
        {
            PushChildren(stack, root, parent: null);
        }
        else
        {
            stack.Push((root, null));
        }

        while (stack.Count > 0)
        {
            var (item, parent) = stack.Pop();
            var draft = HackerNewsItems.Comment(item, parent);
            drafts.Add(draft);
            PushChildren(stack, item, draft.Id);
        }

        yield return new ThreadBuilder(info).AddRange(drafts).Build();
    }

    private static void PushChildren(Stack<(JsonElement, string?)> stack, JsonElement item, string? parent)
    {
        if (item.Child("children") is { ValueKind: JsonValueKind.Array } children)
        {
            foreach (var child in children.EnumerateArray().Reverse())
            {
                stack.Push((child, parent));
            }
        }
    }
}
