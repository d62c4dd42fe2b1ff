using Discourse.Scoring.Models;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Support;

/// <summary>Models fitted once on the synthetic corpus and shared by the tests that only need some trained model.</summary>
public static class TrainedModels
{
    private static readonly Lazy<ReplyModels> Shared = new(() =>
        ModelTrainer.Fit(TrainingRows.From(SyntheticCorpus.Items()), ModelChoice.Default));

    public static ReplyModels Instance => Shared.Value;
}
