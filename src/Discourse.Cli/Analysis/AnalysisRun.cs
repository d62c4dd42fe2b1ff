using Discourse.Analysis;
using Discourse.Charts;
using Discourse.Core.IO;
using Discourse.Readers;
using Discourse.Report;
using ScottPlot;

namespace Discourse.Cli.Analysis;

/// <summary>The main job for one file: read, score, analyse every thread, and write its charts (and report).</summary>
public static class AnalysisRun
{
    public static IReadOnlyList<(ThreadAnalysis Analysis, string Folder)> Run(
        CliContext context, ThreadFileLoader loader, string path, string? format, string? outDir, string? models, bool report)
    {
        var scorer = context.Scorers(models ?? context.ModelsFolder);
        var root = outDir ?? Path.Combine("out", Path.GetFileNameWithoutExtension(path));
        var results = new List<(ThreadAnalysis, string)>();
        var threads = loader.Read(path, format).ToList();
        for (var i = 0; i < threads.Count; i++)
        {
            var folder = threads.Count == 1 ? root : Path.Combine(root, FolderName(threads[i].Id, i));
            var analysis = ThreadAnalyzer.Default.Analyze(scorer.Score(threads[i]));
            var charts = ChartSet.Create(analysis);
            ChartSet.Save(charts, folder);
            if (report)
            {
                var inline = charts.Select(c => new ReportChart(c.Name, c.Caption, c.Plot.GetImageBytes(ChartSet.Width, ChartSet.Height, ImageFormat.Png))).ToList();
                var card = ModelCardHeadline.Read(Path.Combine(models ?? context.ModelsFolder, "MODEL_CARD.md"));
                AtomicFile.WriteText(Path.Combine(folder, "report.html"), w => HtmlReportWriter.Write(w, analysis, inline, card));
            }

            results.Add((analysis, folder));
        }

        return results;
    }

    private static string FolderName(string? id, int index)
    {
        var safe = new string((id ?? "").Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_').ToArray());
        return safe.Length == 0 ? $"thread-{index + 1}" : safe;
    }
}
