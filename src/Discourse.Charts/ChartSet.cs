using Discourse.Analysis;
using Discourse.Core.IO;
using ScottPlot;

namespace Discourse.Charts;

/// <summary>The four charts of a thread, with the file names they are saved under.</summary>
public static class ChartSet
{
    public const int Width = 1100;
    public const int Height = 620;

    public static IReadOnlyList<(string Name, string Caption, Plot Plot)> Create(ThreadAnalysis analysis) =>
    [
        ("escalation-timeline", "Heat of each comment in thread order; lines join replies to what they answer.", EscalationTimeline.Create(analysis)),
        ("reply-tree", "The reply tree: node colour is heat, edge colour is the reply's stance, dashed links were inferred.", ReplyTreeChart.Create(analysis)),
        ("author-heat", "Mean heat of each author's replies to each other author.", AuthorHeatMatrix.Create(analysis)),
        ("stance-profile", "How each author's replies split by stance.", StanceProfileChart.Create(analysis)),
    ];

    /// <summary>Writes each chart as PNG and SVG into <paramref name="directory"/>, each file whole or not at all.</summary>
    public static IReadOnlyList<string> Save(IReadOnlyList<(string Name, string Caption, Plot Plot)> charts, string directory)
    {
        var written = new List<string>();
        foreach (var (name, _, plot) in charts)
        {
            var png = Path.Combine(directory, name + ".png");
            AtomicFile.Write(png, s => s.Write(plot.GetImageBytes(Width, Height, ImageFormat.Png)));
            var svg = Path.Combine(directory, name + ".svg");
            AtomicFile.WriteText(svg, w => w.Write(plot.GetSvgXml(Width, Height)));
            written.Add(png);
            written.Add(svg);
        }

        return written;
    }
}
