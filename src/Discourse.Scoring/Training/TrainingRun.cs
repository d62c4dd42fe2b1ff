using Discourse.Core.Scores;
using Discourse.Corpus.Reading;
using Discourse.Corpus.Records;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>
/// The whole training procedure: compare trainers by grouped cross-validation, keep the best per task, choose the
/// heat shares on the kept trainers' cross-validated predictions, measure a train-split model on the dev split, fit
/// the shipped models on the whole corpus, and measure them on public sets.
/// </summary>
public static class TrainingRun
{
    public static TrainingReport Run(LabelledCorpus corpus, TrainingSettings settings, Action<string>? progress = null)
    {
        var items = corpus.Items;
        var depths = Depths(corpus);
        var runs = new Dictionary<Candidate, IReadOnlyList<(LabelledReply Item, ReplyPrediction Prediction)>>();
        var comparison = new List<TrainerComparison>();
        foreach (var candidate in settings.Candidates)
        {
            progress?.Invoke($"cross-validating {candidate} ({settings.Folds} folds)");
            var oof = CrossValidation.Run(items, ModelChoice.Both(candidate), settings.Folds);
            runs[candidate] = oof;
            var result = new EvaluationResult(oof.Select(p => (ToEvaluationItem(p.Item), p.Prediction)).ToList());
            comparison.Add(new TrainerComparison(candidate, result.Stance?.MacroF1 ?? 0, result.Tone?.MacroF1 ?? 0,
                result.HeatAuc.TryGetValue(JsonlPairsReader.NotCivil, out var auc) ? auc.Auc : double.NaN));
        }

        var choice = new ModelChoice(
            comparison.MaxBy(c => c.StanceMacroF1)!.Candidate,
            comparison.MaxBy(c => c.ToneMacroF1)!.Candidate);
        var crossValidated = runs[choice.Stance].Zip(runs[choice.Tone], (s, t) => new OutOfFoldPrediction(
                s.Item,
                depths.GetValueOrDefault(KeyOf(s.Item)),
                s.Prediction with { ToneProbabilities = t.Prediction.ToneProbabilities, HeatEstimate = t.Prediction.HeatEstimate }))
            .ToList();
        progress?.Invoke("choosing the heat shares on the cross-validated predictions");
        var heat = HeatShareSearch.Choose(crossValidated);
        var shares = heat.Chosen.Shares;
        crossValidated = crossValidated.Select(p => p with { Prediction = p.Prediction with { HeatShares = shares } }).ToList();

        progress?.Invoke($"measuring on the dev split (stance {choice.Stance}, tone {choice.Tone})");
        var train = items.Where(i => i.Split == CorpusSplit.Train).ToList();
        var dev = items.Where(i => i.Split == CorpusSplit.Dev).Select(ToEvaluationItem).ToList();
        var devResult = train.Count > 0 && dev.Count > 0
            ? EvaluationResult.Score(ModelTrainer.Fit(TrainingRows.From(train), choice).With(shares), dev)
            : new EvaluationResult([]);

        progress?.Invoke("fitting the shipped models on the whole corpus");
        var models = ModelTrainer.Fit(TrainingRows.From(items), choice).With(shares);
        var publicResults = settings.PublicSets.Select(set =>
        {
            progress?.Invoke($"measuring on {set.Name}");
            return (set.Name, EvaluationResult.Score(models, EvaluationImporter.Read(set.Path, set.Format, set.Split)));
        }).ToList();

        return new TrainingReport(CorpusSummary.Of(corpus), settings.Folds, comparison, choice, heat, crossValidated, devResult, publicResults)
        {
            Models = models,
        };
    }

    public static EvaluationItem ToEvaluationItem(LabelledReply item) => new(item.Id, item.Parent, item.Text)
    {
        Stance = item.Stance,
        Tone = item.Tone,
        Binary = new Dictionary<string, bool>
        {
            [JsonlPairsReader.NotCivil] = item.Tone != Tone.Civil,
            [JsonlPairsReader.Hostile] = item.Tone == Tone.Hostile,
        },
    };

    private static string KeyOf(LabelledReply item) => $"{item.ThreadId}\n{item.Id}";

    private static Dictionary<string, int> Depths(LabelledCorpus corpus) =>
        LabelledThreads.Build(corpus)
            .SelectMany(t => t.Thread.Comments.Select(c => (Key: $"{t.Thread.Id}\n{c.Id}", c.Depth)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.First().Depth, StringComparer.Ordinal);
}
