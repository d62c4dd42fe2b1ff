using System.CommandLine;
using Discourse.Cli.Output;
using Discourse.Corpus.Checks;
using Discourse.Corpus.Reading;
using Spectre.Console;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse corpus check [DIR]</c>: validates our labelled corpus and prints its distributions.</summary>
public static class CorpusCommand
{
    private const int ShownViolations = 40;

    public static Command Create(CliContext context)
    {
        var dir = new Argument<string?>("DIR")
        {
            Description = "The corpus folder (default: seeds/corpus)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var labelsOnly = new Option<bool>("--labels-only")
        {
            Description = "Check schema, labels, links and duplicates but not the shipped corpus's size quotas",
        };
        var check = new Command("check", "Validate the labelled corpus: schema, labels, split, duplicates, quotas") { dir, labelsOnly };
        check.SetAction(result =>
        {
            var root = result.GetValue(dir) ?? Path.Combine(context.ProjectRoot, "seeds", "corpus");
            var corpus = CorpusReader.Read(root);
            var quotas = result.GetValue(labelsOnly) ? CorpusQuotas.LabelsOnly : CorpusQuotas.Shipped;
            var outcome = new CorpusChecker(quotas).Check(corpus);
            CorpusReport.Render(context.Console, outcome.Statistics);
            foreach (var violation in outcome.Violations.Take(ShownViolations))
            {
                var where = violation.Location.Line > 0
                    ? $"{Path.Combine(root, violation.Location.File)}:{violation.Location.Line}"
                    : root;
                context.Error.WriteLine($"{where}: {violation.Message}");
            }

            if (outcome.Violations.Count > ShownViolations)
            {
                context.Error.WriteLine($"… and {outcome.Violations.Count - ShownViolations} more violations");
            }

            context.Console.WriteLine(outcome.Passed
                ? $"corpus check passed: {outcome.Statistics.Items} labelled replies"
                : $"corpus check failed: {outcome.Violations.Count} violation(s)");
            return outcome.Passed ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return new Command("corpus", "Work with the labelled corpus") { check, CorpusRenderCommand.Create(context) };
    }
}
