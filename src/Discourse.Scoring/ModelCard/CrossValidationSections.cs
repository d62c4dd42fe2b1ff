using System.Globalization;
using System.Text;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.ModelCard;

/// <summary>The cross-validated part of the model card: per-class figures, confusion, calibration, and figures by depth and by corpus slice.</summary>
public static class CrossValidationSections
{
    public static string Render(TrainingReport report)
    {
        var oof = report.CrossValidated;
        var result = new EvaluationResult(oof.Select(p => (TrainingRun.ToEvaluationItem(p.Item), p.Prediction)).ToList());
        var text = new StringBuilder();
        text.AppendLine("## Cross-validated figures of the kept trainers");
        text.AppendLine();
        text.AppendLine(MarkdownTables.Result(result));
        text.AppendLine("### Calibration");
        text.AppendLine();
        text.Append(CalibrationTable("stance", new Calibration(oof.Select(p => (p.Prediction.StanceProbabilities, (int)p.Item.Stance)).ToList())));
        text.Append(CalibrationTable("tone", new Calibration(oof.Select(p => (p.Prediction.ToneProbabilities, (int)p.Item.Tone)).ToList())));
        text.AppendLine("### By reply depth");
        text.AppendLine();
        text.Append(PartTable("depth", oof.GroupBy(p => DepthBucket(p.Depth))));
        text.AppendLine("### By corpus slice");
        text.AppendLine();
        text.AppendLine("Which part of the corpus is hard: the same out-of-fold predictions, split by the slice an item comes from");
        text.AppendLine("(codebook §5). A new slice changes the folds, so compare slices across two trainings rather than the totals.");
        text.AppendLine();
        text.Append(PartTable("slice", oof.GroupBy(p => p.Item.Slice)));
        return text.ToString();
    }

    private static string PartTable(string heading, IEnumerable<IGrouping<string, OutOfFoldPrediction>> parts)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| {heading} | items | stance macro-F1 | tone macro-F1 | mean heat (gold) | mean heat (predicted) |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in parts.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var part = new EvaluationResult(group.Select(p => (TrainingRun.ToEvaluationItem(p.Item), p.Prediction)).ToList());
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {part.Count} | {MarkdownTables.Number(part.Stance?.MacroF1 ?? double.NaN)} | {MarkdownTables.Number(part.Tone?.MacroF1 ?? double.NaN)} | {MarkdownTables.Number(group.Average(p => p.Item.Heat))} | {MarkdownTables.Number(group.Average(p => p.Prediction.Heat))} |");
        }

        text.AppendLine();
        return text.ToString();
    }

    private static string DepthBucket(int? depth) => depth switch
    {
        null => "pair (no thread)",
        >= 3 => "thread, depth 3+",
        _ => $"thread, depth {depth}",
    };

    private static string CalibrationTable(string task, Calibration calibration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{task}: expected calibration error {MarkdownTables.Number(calibration.ExpectedError)}, Brier score {MarkdownTables.Number(calibration.Brier)}");
        text.AppendLine();
        text.AppendLine("| top probability | items | mean confidence | accuracy |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var bin in calibration.Bins)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {bin.From:0.0}–{bin.To:0.0} | {bin.Count} | {MarkdownTables.Number(bin.MeanConfidence)} | {MarkdownTables.Number(bin.Accuracy)} |");
        }

        text.AppendLine();
        return text.ToString();
    }
}
