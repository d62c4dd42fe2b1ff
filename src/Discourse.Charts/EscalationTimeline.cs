using Discourse.Analysis;
using Discourse.Analysis.Escalation;
using Discourse.Core.Scores;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>
/// Heat of every scored comment by turn (document order), each reply joined to the comment it answers, a colour per
/// author, a marker shape per stance, the tone bands behind, and the escalation events written at their comments.
/// </summary>
public static class EscalationTimeline
{
    public const int MaxAnnotations = 8;

    public static Plot Create(ThreadAnalysis analysis)
    {
        const string title = "Escalation timeline";
        var scored = analysis.Scored;
        var comments = scored.Thread.Comments.Where(c => scored.ScoreOf(c) is not null).ToList();
        if (comments.Count == 0)
        {
            return ChartStyle.Empty(title, "Turn", "Heat", "No scored comments");
        }

        var plot = new Plot();
        plot.Title($"{title}: {Shorten(scored.Thread.Title)}");
        plot.XLabel("Turn (comments in thread order)");
        plot.YLabel("Heat (0 calm – 1 abusive)");
        foreach (var band in ChartStyle.ToneBands)
        {
            var span = plot.Add.VerticalSpan(band.From, band.To, band.Color);
            span.LineWidth = 0;
        }

        var turn = comments.Select((c, i) => (c.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        var colors = ChartStyle.ForAuthors(analysis.Authors.Select(a => a.Author));
        foreach (var c in comments)
        {
            if (scored.Thread.ParentOf(c) is { } parent && turn.TryGetValue(parent.Id, out var from))
            {
                var line = plot.Add.Line(from, scored.ScoreOf(parent)!.Heat, turn[c.Id], scored.ScoreOf(c)!.Heat);
                line.LineColor = Colors.Gray.WithAlpha(0.6);
                line.LineWidth = 1.5f;
                line.LinePattern = c.Link.IsInferred ? LinePattern.Dashed : LinePattern.Solid;
            }
        }

        foreach (var c in comments)
        {
            var score = scored.ScoreOf(c)!;
            plot.Add.Marker(turn[c.Id], score.Heat, ChartStyle.ShapeFor(score.Stance), 12, colors[c.Author]);
        }

        Annotate(plot, analysis, turn);
        plot.Axes.SetLimits(0.5, comments.Count + 0.5, -0.02, 1.08);
        var step = Math.Max(1, comments.Count / 20);
        var ticks = Enumerable.Range(1, comments.Count).Where(t => (t - 1) % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(t => (double)t).ToArray(), ticks.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.ShowLegend(Legend(colors), Alignment.UpperLeft);
        return plot;
    }

    private static void Annotate(Plot plot, ThreadAnalysis analysis, Dictionary<string, int> turn)
    {
        var shown = analysis.Events
            .Where(e => e.Kind is not EscalationEventKind.TurnToAgreement)
            .GroupBy(e => e.Comment.Id)
            .Take(MaxAnnotations);
        foreach (var group in shown)
        {
            var comment = group.First().Comment;
            var heat = analysis.Scored.ScoreOf(comment)!.Heat;
            var label = string.Join(", ", group.Select(e => Label(e.Kind)));
            var text = plot.Add.Text(label, turn[comment.Id], Math.Min(1.04, heat + 0.05));
            text.LabelFontSize = 11;
            text.LabelFontColor = group.Any(e => e.Escalates) ? ChartStyle.Disagree.Darken(0.3) : ChartStyle.Agree.Darken(0.3);
            text.LabelAlignment = Alignment.LowerCenter;
        }
    }

    public static string Label(EscalationEventKind kind) => kind switch
    {
        EscalationEventKind.HeatJump => "heat jump",
        EscalationEventKind.TurnToDisagreement => "turns to disagree",
        EscalationEventKind.StaysHot => "stays hot",
        EscalationEventKind.Cooling => "cools",
        EscalationEventKind.TurnToAgreement => "comes round",
        _ => "concedes in part",
    };

    private static IEnumerable<LegendItem> Legend(Dictionary<string, Color> colors)
    {
        foreach (var (author, color) in colors.Take(10))
        {
            yield return new LegendItem { LabelText = author, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = color, MarkerLineColor = color, MarkerSize = 10 };
        }

        foreach (var stance in Enum.GetValues<Stance>())
        {
            yield return new LegendItem { LabelText = stance.Name(), MarkerShape = ChartStyle.ShapeFor(stance), MarkerFillColor = Colors.Black, MarkerLineColor = Colors.Black, MarkerSize = 10 };
        }

        foreach (var band in ChartStyle.ToneBands)
        {
            yield return new LegendItem { LabelText = $"{band.Name} band", FillColor = band.Color.WithAlpha(0.4) };
        }
    }

    private static string Shorten(string title) => title.Length <= 60 ? title : title[..59] + "…";
}
