namespace Discourse.Scoring.Training;

/// <summary>How a training run is done: folds, the trainers compared, and the public sets measured afterwards.</summary>
public sealed record TrainingSettings
{
    public int Folds { get; init; } = 3;
    public IReadOnlyList<Candidate> Candidates { get; init; } = Candidate.All;
    public IReadOnlyList<PublicSet> PublicSets { get; init; } = [];
}
