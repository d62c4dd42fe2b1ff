using Discourse.Analysis;
using Discourse.Core.Scores;
using Discourse.Core.Threads;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>
/// The reply tree drawn as a tree: depth to the right, one row per leaf, nodes coloured by heat, edges coloured by
/// the reply's stance toward its parent, inferred links dashed, author names beside the nodes of smaller threads.
/// </summary>
public static class ReplyTreeChart
{
    public const int MaxLabelledNodes = 80;

    public static Plot Create(ThreadAnalysis analysis)
    {
        const string title = "Reply tree";
        var thread = analysis.Scored.Thread;
        if (thread.Comments.Count == 0)
        {
            return ChartStyle.Empty(title, "Depth", "Replies", "No comments");
        }

        var position = Layout(thread);
        var plot = new Plot();
        plot.Title($"{title}: {thread.Comments.Count} comments, {thread.Comments.Count(c => c.Link.IsInferred)} inferred links");
        plot.XLabel("Depth in the reply tree (0 answers the article)");
        plot.YLabel("Comment (in thread order)");
        foreach (var c in thread.Comments)
        {
            if (thread.ParentOf(c) is { } parent)
            {
                var stance = analysis.Scored.ScoreOf(c)?.Stance;
                var line = plot.Add.Line(position[parent.Id].X, position[parent.Id].Y, position[c.Id].X, position[c.Id].Y);
                line.LineColor = stance is { } s ? ChartStyle.ForStance(s) : Colors.LightGray;
                line.LineWidth = 2;
                line.LinePattern = c.Link.IsInferred ? LinePattern.Dashed : LinePattern.Solid;
            }
        }

        foreach (var c in thread.Comments)
        {
            var score = analysis.Scored.ScoreOf(c);
            var color = score is null ? Colors.LightGray : ChartStyle.ForHeat(score.Heat);
            plot.Add.Marker(position[c.Id].X, position[c.Id].Y, MarkerShape.FilledCircle, 14, color);
            if (thread.Comments.Count <= MaxLabelledNodes)
            {
                var label = plot.Add.Text(c.IsPlaceholder ? $"[{c.Status.ToString().ToLowerInvariant()}]" : c.Author, position[c.Id].X + 0.12, position[c.Id].Y);
                label.LabelFontSize = 11;
                label.LabelAlignment = Alignment.MiddleLeft;
            }
        }

        var maxDepth = thread.Comments.Max(c => c.Depth);
        plot.Axes.SetLimits(-0.5, maxDepth + 2.5, -thread.Comments.Count, 1);
        var rows = thread.Comments.Where(c => c.Order % Math.Max(1, thread.Comments.Count / 25) == 0).ToList();
        plot.Axes.Left.SetTicks(rows.Select(c => (double)-c.Order).ToArray(), rows.Select(c => $"#{c.Order + 1}").ToArray());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, maxDepth + 1).Select(d => (double)d).ToArray(), Enumerable.Range(0, maxDepth + 1).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.ShowLegend(Legend(), Alignment.UpperRight);
        return plot;
    }

    /// <summary>One row per comment in thread order, indented by depth: a chain reads as a staircase.</summary>
    public static Dictionary<string, Coordinates> Layout(DiscussionThread thread) =>
        thread.Comments.ToDictionary(c => c.Id, c => new Coordinates(c.Depth, -c.Order), StringComparer.Ordinal);

    private static IEnumerable<LegendItem> Legend()
    {
        foreach (var stance in Enum.GetValues<Stance>())
        {
            yield return new LegendItem { LabelText = $"{stance.Name()} (edge)", LineColor = ChartStyle.ForStance(stance), LineWidth = 2 };
        }

        yield return new LegendItem { LabelText = "inferred link", LineColor = Colors.Gray, LineWidth = 2, LinePattern = LinePattern.Dashed };
        foreach (var heat in new[] { 0.1, 0.5, 0.9 })
        {
            yield return new LegendItem { LabelText = $"heat {heat:0.0}", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = ChartStyle.ForHeat(heat), MarkerLineColor = ChartStyle.ForHeat(heat), MarkerSize = 10 };
        }
    }
}
