using Discourse.Corpus.Records;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>Out-of-fold predictions: each item is predicted by models that never saw its group.</summary>
public static class CrossValidation
{
    public static IReadOnlyList<(LabelledReply Item, ReplyPrediction Prediction)> Run(
        IReadOnlyList<LabelledReply> items, ModelChoice choice, int folds)
    {
        var rows = TrainingRows.From(items);
        var foldOf = items.Select(i => GroupFolds.FoldOf(i, folds)).ToList();
        var predictions = new ReplyPrediction?[items.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = rows.Where((_, i) => foldOf[i] != fold).ToList();
            var testIndex = Enumerable.Range(0, items.Count).Where(i => foldOf[i] == fold).ToList();
            if (train.Count == 0 || testIndex.Count == 0)
            {
                continue;
            }

            var models = ModelTrainer.Fit(train, choice);
            var predicted = models.PredictRows(testIndex.Select(i => rows[i])).ToList();
            for (var k = 0; k < testIndex.Count; k++)
            {
                predictions[testIndex[k]] = predicted[k];
            }
        }

        return items.Select((item, i) => (item, predictions[i]))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.item, p.Item2!))
            .ToList();
    }
}
