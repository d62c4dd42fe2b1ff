using Discourse.Core.Threads;
using Discourse.Readers.Copied;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Discourse.Readers.Tests.Copied;

/// <summary>
/// Random trees rendered as a copied section, with and without a depth cap, read back to the same tree wherever
/// the evidence allows: here every reply hidden by the cap quotes its parent, and nothing else looks like an answer.
/// </summary>
public class CopiedRoundTripProperties
{
    private static Gen<(int[] Parents, int? Cap)> Trees() =>
        from size in Gen.Choose(1, 30)
        from parents in Gen.CollectToArray(Enumerable.Range(0, size).Select(i => Gen.Choose(-1, i - 1)))
        from cap in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 4).Select(c => (int?)c))
        select (parents, cap);

    /// <summary>Unique authors and words per comment; a reply deeper than the cap quotes its parent's phrase.</summary>
    private static DiscussionThread Build(int[] parents, int? cap)
    {
        var depth = new int[parents.Length];
        var builder = new ThreadBuilder(new ThreadInfo("generated", "A headline", "The article."));
        for (var i = 0; i < parents.Length; i++)
        {
            depth[i] = parents[i] < 0 ? 0 : depth[parents[i]] + 1;
            var text = $"Opinion number{i} about topic{i} and detail{i}.";
            if (cap is { } c && depth[i] > c)
            {
                text += $"\nYou wrote “topic{parents[i]} and detail{parents[i]}” but I doubt it.";
            }

            builder.Add(new CommentDraft($"g{i}", $"user{i}", text, ParentLink.FromMarkup(parents[i] < 0 ? null : $"g{parents[i]}")));
        }

        return builder.Build();
    }

    private static IEnumerable<string> Shape(DiscussionThread thread)
    {
        var position = new Dictionary<string, int>();
        var order = new List<Comment>();
        var stack = new Stack<Comment>(thread.TopLevel.Reverse());
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            position[c.Id] = order.Count;
            order.Add(c);
            foreach (var child in c.Children.Reverse())
            {
                stack.Push(child);
            }
        }

        return order.Select(c => $"{c.Author}|{c.Text}|{(c.ParentId is { } p ? position[p] : -1)}");
    }

    [Property(MaxTest = 150)]
    public Property Rendered_trees_read_back_the_same() =>
        Prop.ForAll(Trees().ToArbitrary(), t =>
        {
            var original = Build(t.Parents, t.Cap);
            var read = CopiedText.Read(CopiedSectionWriter.Write(original, t.Cap));
            var same = Shape(read).SequenceEqual(Shape(original))
                && read.Comments.All(c => c.DisplayDepth == (t.Cap is { } cap ? Math.Min(c.Depth, cap) : c.Depth));
            return same.Label($"cap {t.Cap}: {string.Join(",", t.Parents)}");
        });
}
