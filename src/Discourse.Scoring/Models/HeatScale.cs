namespace Discourse.Scoring.Models;

/// <summary>
/// Heat in [0, 1]: the mean of the heat regression (trained on our annotated heat) and the tone classifier's
/// expected heat, where each tone class stands for the middle of its codebook range.
/// </summary>
public static class HeatScale
{
    /// <summary>The heat each tone class stands for: civil, snarky, hostile.</summary>
    public static readonly IReadOnlyList<double> ClassHeat = [0.1, 0.5, 0.8];

    /// <summary>How much of the heat comes from the regression; the rest from the tone probabilities.</summary>
    public const double RegressionShare = 0.5;

    public static double Combine(IReadOnlyList<float> toneProbabilities, float regression)
    {
        var expected = 0.0;
        for (var i = 0; i < ClassHeat.Count; i++)
        {
            expected += toneProbabilities[i] * ClassHeat[i];
        }

        var fitted = float.IsFinite(regression) ? Math.Clamp(regression, 0.0, 1.0) : expected;
        return Math.Clamp((RegressionShare * fitted) + ((1 - RegressionShare) * expected), 0.0, 1.0);
    }
}
