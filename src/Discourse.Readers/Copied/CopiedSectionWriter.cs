using System.Text;
using Discourse.Core.Threads;

namespace Discourse.Readers.Copied;

/// <summary>
/// Renders a thread as a copied comment section: title, article, then "•" bullets indented two columns per level,
/// with an optional cap on the indentation as Disqus draws deep replies. Used to make test threads and to publish
/// labelled threads in the seed's format.
/// </summary>
public static class CopiedSectionWriter
{
    public const int IndentStep = 2;

    public static string Write(DiscussionThread thread, int? maxDepth = null)
    {
        var text = new StringBuilder();
        text.Append(thread.Title).Append("\n\n");
        if (thread.Article.Length > 0)
        {
            text.Append(thread.Article).Append("\n\n");
        }

        text.Append("show comments\n");
        var stack = new Stack<Comment>(thread.TopLevel.Reverse());
        while (stack.Count > 0)
        {
            var comment = stack.Pop();
            var level = maxDepth is { } cap ? Math.Min(comment.Depth, cap) : comment.Depth;
            var bullet = new string(' ', IndentStep * (level + 1));
            text.Append(bullet).Append("• ").Append(comment.Author).Append("\n\n");
            foreach (var line in comment.Text.Split('\n'))
            {
                text.Append(line.Length == 0 ? "" : bullet + new string(' ', IndentStep) + line).Append('\n');
            }

            text.Append('\n');
            for (var i = comment.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(comment.Children[i]);
            }
        }

        return text.ToString();
    }
}
