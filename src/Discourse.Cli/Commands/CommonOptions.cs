using System.CommandLine;
using Discourse.Readers;
using Discourse.Readers.Tabular;

namespace Discourse.Cli.Commands;

/// <summary>Options several commands share, and the thread loader they configure.</summary>
public static class CommonOptions
{
    public static Option<string?> Format() => new("--format")
    {
        Description = "The input format, when detection from content is not wanted: " +
            string.Join(", ", ThreadFileLoader.Default.Sniffer.Readers.Select(r => r.FormatName)),
    };

    public static Option<string?> Columns() => new("--columns")
    {
        Description = "Column names of a generic CSV/JSONL file, e.g. id=comment_id,parent_id=reply_to,text=body",
    };

    /// <summary>The loader for a command's input, honouring <c>--columns</c> when the command has it.</summary>
    public static ThreadFileLoader Loader(ParseResult result, Option<string?>? columns) =>
        columns is null ? ThreadFileLoader.Default : ThreadFileLoader.WithColumns(ColumnMap.Parse(result.GetValue(columns)));
}
