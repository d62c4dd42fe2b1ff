#:property PublishAot=false
#:project ../src/Discourse.Corpus/Discourse.Corpus.csproj
#:project ../src/Discourse.Scoring/Discourse.Scoring.csproj
#:project ../src/Discourse.Analysis/Discourse.Analysis.csproj
#:project ../src/Discourse.Charts/Discourse.Charts.csproj

// Notebook 2 — retraining on your own labelled threads, evaluating, and scoring a thread with the new models.
// Run from the repository root:  dotnet run notebooks/02-retrain.cs [CORPUS_DIR]
// Without an argument it uses our labelled threads (seeds/corpus/threads) as "your" data.
using Discourse.Analysis;
using Discourse.Charts;
using Discourse.Corpus.Reading;
using Discourse.Corpus.Records;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Models;
using Discourse.Scoring.Training;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Discourse.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run this from inside the repository");
}

var figures = Path.Combine(root, "notebooks", "figures");
Directory.CreateDirectory(figures);

Console.WriteLine("## 1. Your labelled threads: JSONL in the codebook's thread schema (seeds/corpus/CODEBOOK.md)");
var corpus = CorpusReader.ReadStrict(args.Length > 0 ? args[0] : Path.Combine(root, "seeds", "corpus"));
var own = corpus.ThreadComments.ToList();
var train = own.Where(c => c.Split == CorpusSplit.Train).ToList();
var dev = own.Where(c => c.Split == CorpusSplit.Dev).ToList();
Console.WriteLine($"{own.Count} labelled comments in {own.Select(c => c.ThreadId).Distinct().Count()} threads: {train.Count} to train on, {dev.Count} held out (whole threads).");

Console.WriteLine();
Console.WriteLine("## 2. Train the quickest of the candidates `discourse train` compares (FastTree over our discourse features), on the train threads only");
var models = ModelTrainer.Fit(TrainingRows.From(train), ModelChoice.Default);
Console.WriteLine($"heat weighs its three views by {models.HeatShares} here; `discourse train` chooses the shares by cross-validation");

Console.WriteLine();
Console.WriteLine("## 3. Evaluate on the held-out threads");
var result = EvaluationResult.Score(models, dev.Select(TrainingRun.ToEvaluationItem));
Console.WriteLine($"stance macro-F1 {result.Stance?.MacroF1:0.000}, tone macro-F1 {result.Tone?.MacroF1:0.000}, " +
    $"heat ROC-AUC for uncivil {result.HeatAuc.GetValueOrDefault(JsonlPairsReader.NotCivil).Auc:0.000}");
foreach (var c in result.Stance?.Classes ?? [])
{
    Console.WriteLine($"  {c}");
}

Console.WriteLine();
Console.WriteLine("## 4. Use the retrained models on a held-out thread and chart it");
var threadId = dev.First().ThreadId!;
var gold = LabelledThreads.Build(corpus).Single(t => t.Thread.Id == threadId);
var rescored = new ModelThreadScorer(models).Score(gold.Thread);
var analysis = ThreadAnalyzer.Default.Analyze(rescored);
Console.WriteLine($"{threadId}: escalation index {analysis.EscalationIndex:+0.00;-0.00} with the retrained models, " +
    $"{ThreadAnalyzer.Default.Analyze(gold).EscalationIndex:+0.00;-0.00} with the gold labels.");
var png = Path.Combine(figures, "02-retrained-escalation-timeline.png");
EscalationTimeline.Create(analysis).SavePng(png, ChartSet.Width, ChartSet.Height);
Console.WriteLine($"wrote {Path.GetRelativePath(root, png)}");
Console.WriteLine("To ship such models, run: dotnet run --project src/Discourse.Cli -- train --corpus YOUR_DIR --out YOUR_MODELS");
