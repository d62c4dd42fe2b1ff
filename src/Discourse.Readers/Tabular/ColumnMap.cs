using Discourse.Core;

namespace Discourse.Readers.Tabular;

/// <summary>
/// Which column or field holds what in a generic CSV or JSONL thread file. The defaults are our interchange names;
/// <c>--columns id=comment_id,text=body</c> renames any of them.
/// </summary>
public sealed record ColumnMap
{
    public static ColumnMap Default { get; } = new();

    public string Id { get; init; } = "id";
    public string ParentId { get; init; } = "parent_id";
    public string Author { get; init; } = "author";
    public string Text { get; init; } = "text";
    public string Created { get; init; } = "created";
    public string ThreadId { get; init; } = "thread_id";
    public string Status { get; init; } = "status";

    /// <summary>Parses <c>name=column</c> pairs separated by commas.</summary>
    public static ColumnMap Parse(string? spec)
    {
        var map = Default;
        if (string.IsNullOrWhiteSpace(spec))
        {
            return map;
        }

        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new InputException($"--columns: expected name=column, got '{pair}'");
            }

            map = parts[0].ToLowerInvariant() switch
            {
                "id" => map with { Id = parts[1] },
                "parent_id" or "parent" => map with { ParentId = parts[1] },
                "author" => map with { Author = parts[1] },
                "text" => map with { Text = parts[1] },
                "created" => map with { Created = parts[1] },
                "thread_id" or "thread" => map with { ThreadId = parts[1] },
                "status" => map with { Status = parts[1] },
                _ => throw new InputException(
                    $"--columns: unknown field '{parts[0]}', expected id, parent_id, author, text, created, thread_id or status"),
            };
        }

        return map;
    }
}
