using Discourse.Core;
using Discourse.Core.Scores;

namespace Discourse.Scoring.Evaluation;

/// <summary>ToxiChat human reply pairs: stance toward the immediate parent and the Offensive/Safe label.</summary>
public static class ToxiChatImporter
{
    public const string Offensive = "offensive";

    public static IEnumerable<EvaluationItem> Read(string path, string? split)
    {
        foreach (var (line, f) in CsvFile.Read(path))
        {
            if (!CsvFields.InSplit(f, split, path, line))
            {
                continue;
            }

            var stanceText = CsvFields.Required(f, "stance_to_parent", path, line);
            if (!LabelNames.TryParseStance(stanceText, out var stance))
            {
                throw new InputException($"unknown ToxiChat stance '{stanceText}', expected Agree, Neutral or Disagree", path, line);
            }

            var offense = CsvFields.Required(f, "offense_label", path, line).Trim();
            if (offense is not ("Offensive" or "Safe"))
            {
                throw new InputException($"unknown ToxiChat offense label '{offense}', expected Offensive or Safe", path, line);
            }

            var id = $"{f.GetValueOrDefault("split")}-{f.GetValueOrDefault("thread_index")}-{f.GetValueOrDefault("turn_id")}";
            yield return new EvaluationItem(id, CsvFields.Required(f, "parent_text", path, line), CsvFields.Required(f, "text", path, line))
            {
                Stance = stance,
                Binary = new Dictionary<string, bool> { [Offensive] = offense == "Offensive" },
            };
        }
    }
}
