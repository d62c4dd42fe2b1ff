using Discourse.Core.Scores;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Evaluation;

/// <summary>What the models scored on an evaluation set: stance and tone reports where gold exists, heat AUCs per binary label.</summary>
public sealed class EvaluationResult
{
    public static readonly IReadOnlyList<string> StanceLabels = Enum.GetValues<Stance>().Select(s => s.Name()).ToList();
    public static readonly IReadOnlyList<string> ToneLabels = Enum.GetValues<Tone>().Select(t => t.Name()).ToList();

    public EvaluationResult(IReadOnlyList<(EvaluationItem Item, ReplyPrediction Prediction)> scored)
    {
        Count = scored.Count;
        var withStance = scored.Where(s => s.Item.Stance is not null).ToList();
        Stance = withStance.Count == 0 ? null
            : new ClassificationReport(StanceLabels, withStance.Select(s => ((int)s.Item.Stance!.Value, (int)s.Prediction.Stance)));
        var withTone = scored.Where(s => s.Item.Tone is not null).ToList();
        Tone = withTone.Count == 0 ? null
            : new ClassificationReport(ToneLabels, withTone.Select(s => ((int)s.Item.Tone!.Value, (int)s.Prediction.Tone)));
        var names = scored.SelectMany(s => s.Item.Binary.Keys).Distinct().Order(StringComparer.Ordinal);
        HeatAuc = names.ToDictionary(n => n, n =>
        {
            var rows = scored.Where(s => s.Item.Binary.ContainsKey(n)).ToList();
            return (RocAuc.Compute(rows.Select(r => r.Item.Binary[n]).ToList(), rows.Select(r => r.Prediction.Heat).ToList()),
                rows.Count(r => r.Item.Binary[n]));
        });
    }

    public int Count { get; }
    public ClassificationReport? Stance { get; }
    public ClassificationReport? Tone { get; }

    /// <summary>ROC-AUC of heat for each binary label, with the number of positives.</summary>
    public IReadOnlyDictionary<string, (double Auc, int Positives)> HeatAuc { get; }

    public static EvaluationResult Score(ReplyModels models, IEnumerable<EvaluationItem> items)
    {
        var list = items.ToList();
        var predictions = models.Predict(list.Select(i => (i.Id, i.Parent, i.Text))).ToList();
        return new EvaluationResult(list.Zip(predictions).ToList());
    }
}
