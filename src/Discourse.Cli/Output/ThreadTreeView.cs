using Discourse.Core.Scores;
using Discourse.Core.Threads;
using Spectre.Console;

namespace Discourse.Cli.Output;

/// <summary>The human view of a thread: its reply tree, each comment as author and first words.</summary>
public static class ThreadTreeView
{
    private const int PreviewWords = 12;

    public static void Render(CliContext context, IReadOnlyList<DiscussionThread> threads, IReadOnlyList<ScoredThread>? scores = null)
    {
        if (threads.Count == 0)
        {
            context.Console.WriteLine("No thread found.");
        }

        for (var i = 0; i < threads.Count; i++)
        {
            Render(context.Console, threads[i], scores?[i]);
        }
    }

    public static void Render(IAnsiConsole console, DiscussionThread thread, ScoredThread? scored)
    {
        var title = string.IsNullOrWhiteSpace(thread.Title) ? Path.GetFileName(thread.Source) : thread.Title;
        if (thread.Comments.Count == 0)
        {
            console.WriteLine($"{title}: an article with no comments.");
            return;
        }

        var counts = ThreadCounts.Of(thread);
        var tree = new Tree(Markup.Escape($"{title} — {Describe(counts)}"));
        var stack = new Stack<(Comment Comment, IHasTreeNodes Parent)>();
        foreach (var top in thread.TopLevel.Reverse())
        {
            stack.Push((top, tree));
        }

        while (stack.Count > 0)
        {
            var (comment, parent) = stack.Pop();
            var node = parent.AddNode(Label(comment, scored?.ScoreOf(comment)));
            for (var c = comment.Children.Count - 1; c >= 0; c--)
            {
                stack.Push((comment.Children[c], node));
            }
        }

        console.Write(tree);
    }

    public static string Describe(ThreadCounts counts)
    {
        var parts = new List<string> { $"{counts.Total} comment{(counts.Total == 1 ? "" : "s")}" };
        void Add(int n, string what)
        {
            if (n > 0)
            {
                parts.Add($"{n} {what}");
            }
        }

        Add(counts.Deleted, "deleted");
        Add(counts.Removed, "removed");
        Add(counts.Spam, "spam");
        Add(counts.NotLoaded, "not loaded");
        Add(counts.Orphans, "orphaned");
        Add(counts.InferredLinks, "inferred links");
        return string.Join(", ", parts);
    }

    private static string Label(Comment comment, CommentScore? score)
    {
        var text = comment.Status switch
        {
            CommentStatus.NotLoaded => $"({comment.NotLoadedCount ?? 0} more replies not loaded)",
            CommentStatus.Visible => Preview(comment.Text),
            _ => $"[{comment.Status.ToString().ToLowerInvariant()}]",
        };
        var label = $"[bold]{Markup.Escape(comment.Author)}[/]: {Markup.Escape(text)}";
        if (score is not null)
        {
            label += $" [grey]({score.Stance.Name()}, {score.Tone.Name()}, heat {score.Heat:0.00})[/]";
        }

        if (comment.Link.IsInferred)
        {
            label += $" [yellow](inferred link, confidence {comment.Link.Confidence:0.00})[/]";
        }

        if (comment.Flags != CommentFlags.None)
        {
            label += $" [red]({comment.Flags.ToString().ToLowerInvariant()})[/]";
        }

        return label;
    }

    private static string Preview(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var preview = string.Join(' ', words.Take(PreviewWords));
        return words.Length > PreviewWords ? preview + " …" : preview;
    }
}
