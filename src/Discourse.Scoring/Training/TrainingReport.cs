using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>Everything a training run measured, for the model card.</summary>
public sealed record TrainingReport(
    CorpusSummary Corpus,
    int Folds,
    IReadOnlyList<TrainerComparison> Comparison,
    ModelChoice Choice,
    HeatShareChoice Heat,
    IReadOnlyList<OutOfFoldPrediction> CrossValidated,
    EvaluationResult DevSplit,
    IReadOnlyList<(string Name, EvaluationResult Result)> PublicSets)
{
    public ReplyModels? Models { get; init; }
}
