using Discourse.Core;

namespace Discourse.Scoring.Evaluation;

/// <summary>Field access for imported CSV records that fails with the file, line and missing column.</summary>
public static class CsvFields
{
    public static string Required(IReadOnlyDictionary<string, string> fields, string name, string path, long line) =>
        fields.TryGetValue(name, out var value)
            ? value
            : throw new InputException($"missing column '{name}'", path, line);

    /// <summary>Whether the record is in the wanted split (always, when no split is asked for).</summary>
    public static bool InSplit(IReadOnlyDictionary<string, string> fields, string? split, string path, long line) =>
        split is null || string.Equals(Required(fields, "split", path, line), split, StringComparison.OrdinalIgnoreCase);

    public static bool Flag(IReadOnlyDictionary<string, string> fields, string name, string path, long line)
    {
        var text = Required(fields, name, path, line).Trim();
        return text switch
        {
            "1" or "1.0" or "true" or "True" => true,
            "0" or "0.0" or "false" or "False" => false,
            _ => throw new InputException($"column '{name}' is '{text}', expected 0 or 1", path, line),
        };
    }
}
