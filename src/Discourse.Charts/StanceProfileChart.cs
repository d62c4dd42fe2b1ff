using Discourse.Analysis;
using Discourse.Core.Scores;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>Each author's replies stacked by stance: agree, neutral, disagree.</summary>
public static class StanceProfileChart
{
    public const int MaxAuthors = 20;

    public static Plot Create(ThreadAnalysis analysis)
    {
        const string title = "Stance profile per author";
        var authors = analysis.Authors.Take(MaxAuthors).ToList();
        if (authors.Count == 0)
        {
            return ChartStyle.Empty(title, "Author", "Replies", "No scored comments");
        }

        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("Author");
        plot.YLabel("Replies");
        var bars = new List<Bar>();
        for (var i = 0; i < authors.Count; i++)
        {
            var a = authors[i];
            double start = 0;
            foreach (var (stance, count) in new[] { (Stance.Agree, a.Agree), (Stance.Neutral, a.Neutral), (Stance.Disagree, a.Disagree) })
            {
                bars.Add(new Bar { Position = i, ValueBase = start, Value = start + count, FillColor = ChartStyle.ForStance(stance), LineWidth = 0 });
                start += count;
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, authors.Count).Select(i => (double)i).ToArray(), authors.Select(a => a.Author).ToArray());
        if (authors.Count > 6)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }

        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Enum.GetValues<Stance>().Select(s => new LegendItem { LabelText = s.Name(), FillColor = ChartStyle.ForStance(s) }), Alignment.UpperRight);
        return plot;
    }
}
