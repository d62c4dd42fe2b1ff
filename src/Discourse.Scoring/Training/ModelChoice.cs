namespace Discourse.Scoring.Training;

/// <summary>Which trainer each task uses.</summary>
public sealed record ModelChoice(Candidate Stance, Candidate Tone)
{
    public static ModelChoice Default { get; } = new(Candidate.Default, Candidate.Default);

    public static ModelChoice Both(Candidate candidate) => new(candidate, candidate);
}
