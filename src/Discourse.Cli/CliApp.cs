using System.CommandLine;
using Discourse.Cli.Commands;
using Discourse.Core;

namespace Discourse.Cli;

/// <summary>The <c>discourse</c> command line: builds the commands and turns failures into one line and an exit code.</summary>
public static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Discourse: how an online argument went — reply trees, stance, tone, escalation.");
        root.Add(AnalyzeCommand.Create(context));
        root.Add(PlotCommand.Create(context));
        root.Add(ParseCommand.Create(context));
        root.Add(CorpusCommand.Create(context));
        root.Add(ConvertCommand.Create(context));
        root.Add(TrainCommand.Create(context));
        root.Add(EvaluateCommand.Create(context));
        root.Add(ScoreCommand.Create(context));
        return root;
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var config = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (InputException e)
        {
            context.Error.WriteLine($"error: {e.Describe()}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("error: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"error: internal failure ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
