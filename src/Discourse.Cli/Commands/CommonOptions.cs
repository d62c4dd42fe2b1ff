using System.CommandLine;

namespace Discourse.Cli.Commands;

/// <summary>Options several commands share.</summary>
public static class CommonOptions
{
    public static Option<string?> Format() => new("--format")
    {
        Description = "The input format, when detection from content is not wanted",
    };
}
