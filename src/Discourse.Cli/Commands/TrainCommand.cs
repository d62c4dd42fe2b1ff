using System.CommandLine;
using Discourse.Core;
using Discourse.Core.IO;
using Discourse.Corpus.Reading;
using Discourse.Scoring.ModelCard;
using Discourse.Scoring.Models;
using Discourse.Scoring.Training;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse train [--corpus DIR] [--out DIR] [--public-eval DIR] [--folds N]</c>: fit, measure, write the models and their card.</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string?>("--corpus") { Description = "The labelled corpus folder (default: seeds/corpus)" };
        var output = new Option<string?>("--out") { Description = "Where to write stance.zip, tone.zip, heat-shares.json and MODEL_CARD.md (default: models/)" };
        var publicEval = new Option<string?>("--public-eval") { Description = "A folder of public dev sets to measure the models on (never trained on)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 3 };
        var command = new Command("train", "Train the stance and tone models on our corpus and write the model card")
        {
            corpus, output, publicEval, folds,
        };
        command.SetAction(result =>
        {
            var corpusDir = result.GetValue(corpus) ?? Path.Combine(context.ProjectRoot, "seeds", "corpus");
            var outDir = result.GetValue(output) ?? Path.Combine(context.ProjectRoot, "models");
            var foldCount = result.GetValue(folds);
            if (foldCount < 2)
            {
                throw new InputException($"--folds {foldCount}: expected at least 2");
            }

            var publicSets = result.GetValue(publicEval) is { } dir
                ? Directory.Exists(dir) ? PublicSet.In(dir) : throw new InputException("no such folder", dir)
                : [];
            var labelled = CorpusReader.ReadStrict(corpusDir);
            context.Error.WriteLine($"training on {labelled.Items.Count} labelled replies from {corpusDir}");
            var report = TrainingRun.Run(labelled, new TrainingSettings { Folds = foldCount, PublicSets = publicSets }, m => context.Error.WriteLine(m));
            ModelStore.Save(report.Models!, outDir);
            AtomicFile.WriteText(Path.Combine(outDir, ModelFiles.Card), w => w.Write(ModelCardWriter.Render(report)));
            foreach (var c in report.Comparison)
            {
                context.Out.WriteLine($"{c.Candidate,-62} cv stance macro-F1 {c.StanceMacroF1:0.000}  tone macro-F1 {c.ToneMacroF1:0.000}  heat AUC {c.HeatAucUncivil:0.000}");
            }

            context.Out.WriteLine($"kept: stance {report.Choice.Stance}, tone {report.Choice.Tone}");
            foreach (var (name, r) in report.PublicSets)
            {
                var aucs = string.Join("  ", r.HeatAuc.Select(kv => $"{kv.Key} AUC {kv.Value.Auc:0.000}"));
                context.Out.WriteLine($"{name}: stance macro-F1 {(r.Stance is { } s ? MarkdownTables.Precise(s.MacroF1) : "n/a")}  {aucs}");
            }

            context.Out.WriteLine($"wrote {Path.Combine(outDir, ModelFiles.Stance)}, {ModelFiles.Tone}, {ModelFiles.HeatShares}, {ModelFiles.Card}");
            return ExitCodes.Success;
        });
        return command;
    }
}
