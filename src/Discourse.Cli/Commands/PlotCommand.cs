using System.CommandLine;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse plot FILE [--out DIR]</c>: the four charts as PNG and SVG.</summary>
public static class PlotCommand
{
    public static Command Create(CliContext context) =>
        AnalyzeCommand.Build(context, "plot", "Score a thread and write its charts (escalation timeline, reply tree, author heat, stance profile)", report: false);
}
