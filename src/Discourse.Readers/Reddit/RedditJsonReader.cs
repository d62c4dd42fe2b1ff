using System.Text.Json;
using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.Reddit;

/// <summary>
/// Reads reddit's submission JSON (a thread's <c>.json</c> address: an array of two Listings, the t3 post and the t1
/// comments nested in <c>replies</c>), with "more" stubs as not-loaded placeholders. A lone Listing of comments, or
/// a <c>morechildren</c> response, reads as a thread without its post.
/// </summary>
public sealed class RedditJsonReader : IThreadReader
{
    public string FormatName => "reddit-json";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        var first = HeadSniff.FirstSignificant(text);
        return (first == '[' || first == '{') && text.Contains("\"kind\"", StringComparison.Ordinal)
            && (text.Contains("\"Listing\"", StringComparison.Ordinal) || text.Contains("\"t1\"", StringComparison.Ordinal));
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        using var document = JsonErrors.Parse(input, sourceName);
        var root = document.RootElement;
        var listings = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        ThreadInfo? info = null;
        var drafts = new List<CommentDraft>();
        foreach (var listing in listings)
        {
            foreach (var thing in Things(listing))
            {
                var kind = thing.String("kind");
                var data = thing.Child("data") ?? default;
                switch (kind)
                {
                    case "t3":
                        info ??= RedditComments.Post(data, sourceName);
                        break;
                    case "t1":
                    case "more":
                        Walk(thing, drafts);
                        break;
                }
            }
        }

        if (info is null && drafts.Count == 0)
        {
            throw new InputException("no reddit post or comments in this JSON", sourceName);
        }

        yield return new ThreadBuilder(info ?? new ThreadInfo(sourceName, "", "")).AddRange(drafts).Build();
    }

    private static IEnumerable<JsonElement> Things(JsonElement listing)
    {
        if (listing.Child("data")?.Child("children") is { ValueKind: JsonValueKind.Array } children)
        {
            return children.EnumerateArray();
        }

        if (listing.Child("json")?.Child("data")?.Child("things") is { ValueKind: JsonValueKind.Array } things)
        {
            return things.EnumerateArray();
        }

        return listing.String("kind") is not null ? [listing] : [];
    }

    /// <summary>Depth-first, parents before replies, without recursion (reddit trees can be deep).</summary>
    private static void Walk(JsonElement top, List<CommentDraft> drafts)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var thing = stack.Pop();
            var data = thing.Child("data") ?? default;
            if (thing.String("kind") == "more")
            {
                drafts.Add(RedditComments.More(data));
                continue;
            }

            if (thing.String("kind") != "t1")
            {
                continue;
            }

            drafts.Add(RedditComments.Comment(data));
            if (data.Child("replies")?.Child("data")?.Child("children") is { ValueKind: JsonValueKind.Array } replies)
            {
                foreach (var reply in replies.EnumerateArray().Reverse())
                {
                    stack.Push(reply);
                }
            }
        }
    }
}
