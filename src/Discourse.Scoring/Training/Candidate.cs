using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>One trainer on one feature set: a candidate of the trainer comparison.</summary>
public sealed record Candidate(ClassifierKind Kind, FeatureSet Features)
{
    public static Candidate Default { get; } = new(ClassifierKind.FastTree, FeatureSet.Discourse);

    /// <summary>
    /// The candidates <c>train</c> compares: the trees on our features, the linear trainers with the text added as
    /// n-grams and sentence embeddings (trees over thousands of sparse n-grams cost minutes per fit and scored no
    /// better in trials), and the blend of the trees on our features with L-BFGS on all features.
    /// </summary>
    public static IReadOnlyList<Candidate> All { get; } =
    [
        Default,
        new(ClassifierKind.LbfgsMaximumEntropy, FeatureSet.DiscourseAndText),
        new(ClassifierKind.SdcaMaximumEntropy, FeatureSet.DiscourseAndText),
        new(ClassifierKind.FastTreeLbfgsBlend, FeatureSet.DiscourseAndText),
    ];

    public override string ToString() => Kind == ClassifierKind.FastTreeLbfgsBlend
        ? "FastTree on discourse features averaged with LbfgsMaximumEntropy on discourse features + text"
        : $"{Kind} on {(Features == FeatureSet.Discourse ? "discourse features" : "discourse features + text")}";
}
