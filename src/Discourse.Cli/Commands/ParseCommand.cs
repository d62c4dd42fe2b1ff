using System.CommandLine;
using Discourse.Cli.Output;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse parse FILE [--json] [--format F]</c>: the reply tree as read.</summary>
public static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A comment thread in any supported format" };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per thread to stdout" };
        var format = CommonOptions.Format();
        var columns = CommonOptions.Columns();
        var command = new Command("parse", "Read a thread and show its true reply tree") { file, json, format, columns };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(file);
            var threads = CommonOptions.Loader(result, columns).Read(path, result.GetValue(format)).ToList();
            if (result.GetValue(json))
            {
                ThreadJsonWriter.Write(context.Out, threads, scores: null);
            }
            else
            {
                ThreadTreeView.Render(context, threads);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
