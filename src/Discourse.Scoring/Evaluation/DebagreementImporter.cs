using Discourse.Core;
using Discourse.Core.Scores;

namespace Discourse.Scoring.Evaluation;

/// <summary>DEBAGREEMENT pairs: the child answers the parent; label 0 disagree, 1 neutral, 2 agree.</summary>
public static class DebagreementImporter
{
    public static IEnumerable<EvaluationItem> Read(string path, string? split)
    {
        foreach (var (line, f) in CsvFile.Read(path))
        {
            if (!CsvFields.InSplit(f, split, path, line))
            {
                continue;
            }

            var label = f.TryGetValue("label_name", out var name) && name.Length > 0 ? name : CsvFields.Required(f, "label", path, line);
            var stance = label.Trim() switch
            {
                "0" => Stance.Disagree,
                "1" => Stance.Neutral,
                "2" => Stance.Agree,
                var other when LabelNames.TryParseStance(other, out var s) => s,
                var other => throw new InputException($"unknown DEBAGREEMENT label '{other}', expected 0, 1, 2 or a stance name", path, line),
            };
            var id = f.GetValueOrDefault("msg_id_child") is { Length: > 0 } child ? child : $"line{line}";
            yield return new EvaluationItem(id, CsvFields.Required(f, "body_parent", path, line), CsvFields.Required(f, "body_child", path, line))
            {
                Stance = stance,
            };
        }
    }
}
