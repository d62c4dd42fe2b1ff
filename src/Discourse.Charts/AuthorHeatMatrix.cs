using Discourse.Analysis;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>Who heats up whom: the mean heat of A's replies to B, for the most active authors; blank where A never answered B.</summary>
public static class AuthorHeatMatrix
{
    public const int MaxAuthors = 15;

    public static Plot Create(ThreadAnalysis analysis)
    {
        const string title = "Author × author heat";
        var authors = analysis.Authors.Select(a => a.Author).Take(MaxAuthors).ToList();
        var dyads = analysis.Dyads.Where(d => authors.Contains(d.From) && authors.Contains(d.To)).ToList();
        if (dyads.Count == 0)
        {
            return ChartStyle.Empty(title, "Answered author", "Replying author", "No replies between authors");
        }

        var n = authors.Count;
        var values = new double[n, n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                values[r, c] = double.NaN;
            }
        }

        foreach (var d in dyads)
        {
            values[authors.IndexOf(d.From), authors.IndexOf(d.To)] = d.MeanHeat;
        }

        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("Answered author");
        plot.YLabel("Replying author");
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = ChartStyle.HeatColormap;
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        heatmap.NaNCellColor = Colors.White;
        foreach (var d in dyads)
        {
            var text = plot.Add.Text($"{d.MeanHeat:0.00}\n×{d.Replies}", authors.IndexOf(d.To), n - 1 - authors.IndexOf(d.From));
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontSize = 11;
            text.LabelFontColor = d.MeanHeat > 0.75 || d.MeanHeat < 0.2 ? Colors.White : Colors.Black;
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, authors.ToArray());
        plot.Axes.Left.SetTicks(positions, authors.AsEnumerable().Reverse().ToArray());
        plot.Add.ColorBar(heatmap).Label = "mean heat";
        return plot;
    }
}
