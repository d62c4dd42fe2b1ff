using Spectre.Console.Testing;

namespace Discourse.Cli.Tests;

/// <summary>Runs the <c>discourse</c> command in-process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error, string Console)
{
    public static CliRun Of(params string[] args)
    {
        var console = new TestConsole().Width(160);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliContext(console, output, error));
        return new CliRun(code, output.ToString(), error.ToString(), console.Output);
    }
}
