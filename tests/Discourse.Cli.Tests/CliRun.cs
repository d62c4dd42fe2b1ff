using Discourse.Core.Scores;
using Spectre.Console.Testing;

namespace Discourse.Cli.Tests;

/// <summary>Runs the <c>discourse</c> command in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error, string Console)
{
    public static CliRun Of(params string[] args) => With(null, args);

    /// <summary>Runs with a given scorer in place of the trained models.</summary>
    public static CliRun With(IThreadScorer? scorer, params string[] args)
    {
        var console = new TestConsole().Width(160);
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(console, output, error);
        if (scorer is not null)
        {
            context = context with { Scorers = _ => scorer };
        }

        var code = CliApp.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString(), console.Output);
    }
}
