using Discourse.Scoring.Models;
using Microsoft.ML;

namespace Discourse.Scoring.Training;

/// <summary>
/// Fits the stance and tone pipelines on rows; a fresh seeded context per fit keeps every fit repeatable. Heat is
/// weighed by <see cref="HeatShares.Equal"/> until the caller chooses shares.
/// </summary>
public static class ModelTrainer
{
    public static ReplyModels Fit(IReadOnlyList<ReplyRow> rows, ModelChoice choice)
    {
        if (rows.Count == 0)
        {
            throw new ArgumentException("no rows to train on", nameof(rows));
        }

        rows = ClassBalance.Weighted(rows);
        var stance = FitOne(rows, ml => ModelPipelines.Stance(ml, choice.Stance.Kind, choice.Stance.Features));
        var tone = FitOne(rows, ml => ModelPipelines.Tone(ml, choice.Tone.Kind, choice.Tone.Features));
        return new ReplyModels(new MLContext(ModelStore.Seed), stance, tone, HeatShares.Equal);
    }

    private static ITransformer FitOne(IReadOnlyList<ReplyRow> rows, Func<MLContext, IEstimator<ITransformer>> pipeline)
    {
        var ml = new MLContext(ModelStore.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        return pipeline(ml).Fit(data);
    }
}
