using System.CommandLine;
using Discourse.Cli.Output;
using Discourse.Core;
using Discourse.Readers;
using Discourse.Scoring.Models;

namespace Discourse.Cli.Commands;

/// <summary>
/// <c>discourse score FILE [--json]</c> scores every comment of a thread; <c>discourse score --pairs FILE.jsonl</c>
/// scores (id, parent, text) lines as a stream, one JSON line out per line in.
/// </summary>
public static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "A comment thread in any supported format", Arity = ArgumentArity.ZeroOrOne };
        var pairs = new Option<string?>("--pairs") { Description = "Score a JSONL file of {\"id\",\"parent\",\"text\"} lines instead" };
        var json = new Option<bool>("--json") { Description = "Write the parse --json object with scores per comment" };
        var format = CommonOptions.Format();
        var models = ModelOptions.Folder();
        var command = new Command("score", "Score every reply for stance toward its parent and for tone")
        {
            file, pairs, json, format, models,
        };
        command.SetAction(result =>
        {
            var pairsPath = result.GetValue(pairs);
            var threadPath = result.GetValue(file);
            if ((pairsPath is null) == (threadPath is null))
            {
                throw new InputException("give either a thread FILE or --pairs FILE.jsonl");
            }

            if (pairsPath is not null)
            {
                PairScoring.Run(pairsPath, () => ModelOptions.Load(context, result.GetValue(models)), context.Out);
                return ExitCodes.Success;
            }

            var threads = ThreadFileLoader.Default.Read(threadPath!, result.GetValue(format)).ToList();
            var scorer = new ModelThreadScorer(ModelOptions.Load(context, result.GetValue(models)));
            var scored = threads.Select(scorer.Score).ToList();
            if (result.GetValue(json))
            {
                ThreadJsonWriter.Write(context.Out, threads, scored);
            }
            else
            {
                ThreadTreeView.Render(context, threads, scored);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
