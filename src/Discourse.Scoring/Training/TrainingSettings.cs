using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>How a training run is done: folds, the trainers compared, and the public sets measured afterwards.</summary>
public sealed record TrainingSettings
{
    public int Folds { get; init; } = 5;
    public IReadOnlyList<ClassifierKind> Candidates { get; init; } = Enum.GetValues<ClassifierKind>();
    public IReadOnlyList<PublicSet> PublicSets { get; init; } = [];
}
