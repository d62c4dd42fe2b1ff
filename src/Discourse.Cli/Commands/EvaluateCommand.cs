using System.CommandLine;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.ModelCard;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse evaluate --data FILE --format F [--split S]</c>: measure the shipped models on labelled data.</summary>
public static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The labelled file to measure on", Required = true };
        var format = new Option<string>("--format") { Description = "debagreement, toxichat, ucc or jsonl", Required = true };
        var split = new Option<string?>("--split") { Description = "Only rows whose split column has this value (e.g. dev)" };
        var models = ModelOptions.Folder();
        var command = new Command("evaluate", "Measure the models on labelled data: macro-F1, per-class P/R/F1, confusion, heat ROC-AUC")
        {
            data, format, split, models,
        };
        command.SetAction(result =>
        {
            var kind = EvaluationImporter.ParseFormat(result.GetRequiredValue(format));
            var path = result.GetRequiredValue(data);
            var items = EvaluationImporter.Read(path, kind, result.GetValue(split)).ToList();
            var loaded = ModelOptions.Load(context, result.GetValue(models));
            var evaluation = EvaluationResult.Score(loaded, items);
            context.Out.WriteLine($"# {Path.GetFileName(path)} ({kind})");
            context.Out.WriteLine();
            context.Out.Write(MarkdownTables.Result(evaluation));
            return ExitCodes.Success;
        });
        return command;
    }
}
