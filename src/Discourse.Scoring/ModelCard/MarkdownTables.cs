using System.Globalization;
using System.Text;
using Discourse.Scoring.Evaluation;

namespace Discourse.Scoring.ModelCard;

/// <summary>Markdown tables of evaluation reports, shared by the model card and the <c>evaluate</c> command.</summary>
public static class MarkdownTables
{
    public static string Number(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// A headline figure with four decimals, so a score just under a round target (0.4996) never prints as the target.
    /// </summary>
    public static string Precise(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Classes(ClassificationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("| class | precision | recall | F1 | support |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var c in report.Classes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {c.Label} | {Number(c.Precision)} | {Number(c.Recall)} | {Number(c.F1)} | {c.Support} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| **macro** | | | **{Number(report.MacroF1)}** | {report.Total} |");
        return text.ToString();
    }

    public static string Confusion(ClassificationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("| gold \\ predicted | " + string.Join(" | ", report.Labels) + " |");
        text.AppendLine("| --- |" + string.Concat(report.Labels.Select(_ => " ---: |")));
        for (var g = 0; g < report.Labels.Count; g++)
        {
            var cells = Enumerable.Range(0, report.Labels.Count).Select(p => report.Confusion[g, p].ToString(CultureInfo.InvariantCulture));
            text.AppendLine($"| {report.Labels[g]} | " + string.Join(" | ", cells) + " |");
        }

        return text.ToString();
    }

    public static string HeatAucs(EvaluationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine("| binary label | positives | ROC-AUC of heat |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var (name, (auc, positives)) in result.HeatAuc)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {positives} | {Number(auc)} |");
        }

        return text.ToString();
    }

    /// <summary>Everything known about one evaluation set, as markdown.</summary>
    public static string Result(EvaluationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Items: {result.Count}");
        text.AppendLine();
        if (result.Stance is { } stance)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Stance macro-F1 **{Precise(stance.MacroF1)}**, accuracy {Number(stance.Accuracy)}");
            text.AppendLine();
            text.AppendLine(Classes(stance));
            text.AppendLine(Confusion(stance));
        }

        if (result.Tone is { } tone)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Tone macro-F1 **{Precise(tone.MacroF1)}**, accuracy {Number(tone.Accuracy)}");
            text.AppendLine();
            text.AppendLine(Classes(tone));
            text.AppendLine(Confusion(tone));
        }

        if (result.HeatAuc.Count > 0)
        {
            text.AppendLine(HeatAucs(result));
        }

        return text.ToString().TrimEnd() + "\n";
    }
}
