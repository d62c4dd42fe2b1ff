using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>Which trainer each task uses.</summary>
public sealed record ModelChoice(ClassifierKind Stance, ClassifierKind Tone)
{
    public static ModelChoice Default { get; } = new(ClassifierKind.FastTree, ClassifierKind.FastTree);
}
