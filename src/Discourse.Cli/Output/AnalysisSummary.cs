using Discourse.Analysis;
using Discourse.Analysis.Camps;
using Spectre.Console;

namespace Discourse.Cli.Output;

/// <summary>What <c>analyze</c> prints: the tree with badges, the turning points and the camps.</summary>
public static class AnalysisSummary
{
    public static void Render(IAnsiConsole console, ThreadAnalysis analysis)
    {
        ThreadTreeView.Render(console, analysis.Scored.Thread, analysis.Scored);
        if (analysis.Scored.Thread.Comments.Count == 0)
        {
            return;
        }

        var index = analysis.EscalationIndex;
        console.MarkupLine($"[bold]Escalation index[/] {index:+0.00;-0.00;0.00} ({(index > 0.1 ? "the exchange heats up" : index < -0.1 ? "the exchange cools down" : "steady")}), mean heat {analysis.MeanHeat:0.00}");
        if (analysis.Events.Count > 0)
        {
            console.MarkupLine("[bold]Where it turned[/]");
            foreach (var e in analysis.Events)
            {
                console.MarkupLine($"  {(e.Escalates ? "[red]▲[/]" : "[green]▼[/]")} #{e.Comment.Order + 1} {Markup.Escape(e.Description)}");
            }
        }

        var table = new Table().AddColumns("author", "camp", "lean", "consistency", "comments");
        foreach (var c in analysis.Camps)
        {
            var side = c.Side switch { Side.For => "with the article", Side.Against => "against the article", _ => "unaligned" };
            table.AddRow(Markup.Escape(c.Author), side, $"{c.Lean:+0.00;-0.00;0.00}", $"{c.Consistency:P0}", $"{c.Comments}");
        }

        console.Write(table);
    }
}
