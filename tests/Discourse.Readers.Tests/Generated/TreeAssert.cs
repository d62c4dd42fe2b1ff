using Discourse.Core.Threads;

namespace Discourse.Readers.Tests.Generated;

/// <summary>Compares a read thread with the tree it was generated from.</summary>
public static class TreeAssert
{
    public static bool SameTree(GeneratedTree expected, DiscussionThread actual, Func<string, string>? idOf = null)
    {
        idOf ??= id => id;
        var byId = actual.Comments.ToDictionary(c => c.Id);
        return actual.Comments.Count == expected.Comments.Count && expected.Comments.All(e =>
            byId.TryGetValue(idOf(e.Id), out var c)
            && c.ParentId == (e.ParentId is null ? null : idOf(e.ParentId))
            && c.Author == e.Author
            && c.Text == e.Text
            && c.Flags == CommentFlags.None
            && c.Created == e.Created);
    }

    /// <summary>Document order that lists every parent before its replies, as the nested formats write them.</summary>
    public static IEnumerable<GeneratedComment> DepthFirst(GeneratedTree tree)
    {
        var children = tree.Comments.ToLookup(c => c.ParentId ?? "");
        var stack = new Stack<GeneratedComment>(children[""].Reverse());
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            yield return c;
            foreach (var child in children[c.Id].Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
