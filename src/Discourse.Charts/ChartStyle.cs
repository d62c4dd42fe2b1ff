using Discourse.Core.Scores;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>The colours and shapes every chart shares, so a stance or an author looks the same everywhere.</summary>
public static class ChartStyle
{
    public static readonly Color Agree = Color.FromHex("#2ca02c");
    public static readonly Color Neutral = Color.FromHex("#7f7f7f");
    public static readonly Color Disagree = Color.FromHex("#d62728");

    private static readonly IColormap HeatMap = new ScottPlot.Colormaps.Turbo();
    private static readonly IPalette Authors = new ScottPlot.Palettes.Category10();

    /// <summary>Tone bands on the heat axis, from the codebook's anchors.</summary>
    public static readonly (double From, double To, string Name, Color Color)[] ToneBands =
    [
        (0.0, 0.33, "civil", Color.FromHex("#2ca02c").WithAlpha(0.08)),
        (0.33, 0.63, "snarky", Color.FromHex("#ff7f0e").WithAlpha(0.10)),
        (0.63, 1.0, "hostile", Color.FromHex("#d62728").WithAlpha(0.10)),
    ];

    public static Color ForStance(Stance stance) => stance switch
    {
        Stance.Agree => Agree,
        Stance.Disagree => Disagree,
        _ => Neutral,
    };

    public static MarkerShape ShapeFor(Stance stance) => stance switch
    {
        Stance.Agree => MarkerShape.FilledCircle,
        Stance.Disagree => MarkerShape.FilledTriangleUp,
        _ => MarkerShape.FilledSquare,
    };

    public static Color ForHeat(double heat) => HeatMap.GetColor(Math.Clamp(heat, 0, 1));

    public static IColormap HeatColormap => HeatMap;

    /// <summary>A colour per author, in the order given (most active first).</summary>
    public static Dictionary<string, Color> ForAuthors(IEnumerable<string> authors) =>
        authors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => Authors.GetColor(x.i), StringComparer.Ordinal);

    /// <summary>A plot that says there is nothing to draw, with its axes still labelled.</summary>
    public static Plot Empty(string title, string xLabel, string yLabel, string message)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        var text = plot.Add.Text(message, 0.5, 0.5);
        text.LabelFontSize = 16;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(0, 1, 0, 1);
        return plot;
    }
}
