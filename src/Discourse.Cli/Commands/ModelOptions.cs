using System.CommandLine;
using Discourse.Scoring.Models;

namespace Discourse.Cli.Commands;

/// <summary>The <c>--models DIR</c> option of the commands that score, and loading the models it names.</summary>
public static class ModelOptions
{
    public static Option<string?> Folder() => new("--models")
    {
        Description = "The folder holding stance.zip, tone.zip and heat-shares.json (default: models/ under the project root)",
    };

    public static ReplyModels Load(CliContext context, string? folder) =>
        ModelStore.Load(folder ?? Path.Combine(context.ProjectRoot, "models"));
}
