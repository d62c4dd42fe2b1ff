namespace Discourse.Scoring.Evaluation;

/// <summary>
/// Unhealthy Comments Corpus: single comments without a parent; every attribute becomes a binary label, and
/// <c>healthy = 0</c> becomes "unhealthy".
/// </summary>
public static class UccImporter
{
    public const string Unhealthy = "unhealthy";

    public static readonly IReadOnlyList<string> Attributes =
        ["hostile", "antagonize", "condescending", "dismissive", "sarcastic", "generalisation_unfair"];

    public static IEnumerable<EvaluationItem> Read(string path, string? split)
    {
        foreach (var (line, f) in CsvFile.Read(path))
        {
            if (!CsvFields.InSplit(f, split, path, line))
            {
                continue;
            }

            var binary = Attributes.ToDictionary(a => a, a => CsvFields.Flag(f, a, path, line));
            binary[Unhealthy] = !CsvFields.Flag(f, "healthy", path, line);
            var id = f.GetValueOrDefault("_unit_id") is { Length: > 0 } unit ? unit : $"line{line}";
            yield return new EvaluationItem(id, "", CsvFields.Required(f, "comment", path, line)) { Binary = binary };
        }
    }
}
