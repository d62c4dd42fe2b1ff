namespace Discourse.Scoring.Models;

/// <summary>
/// Heat in [0, 1]: the mean of three views of the same reply — the heat regression (trained on our annotated heat),
/// the tone classifier's expected heat (each tone class standing for the middle of its codebook range), and the
/// rule-based lexicon heat (<see cref="Features.LexiconHeat"/>), in equal shares.
/// </summary>
public static class HeatScale
{
    /// <summary>The heat each tone class stands for: civil, snarky, hostile.</summary>
    public static readonly IReadOnlyList<double> ClassHeat = [0.1, 0.5, 0.8];

    /// <summary>The share of each view: regression, tone classifier, lexicon.</summary>
    public const double RegressionShare = 1.0 / 3;
    public const double ToneShare = 1.0 / 3;
    public const double LexiconShare = 1.0 / 3;

    public static double Combine(IReadOnlyList<float> toneProbabilities, float regression, float lexicon)
    {
        var expected = 0.0;
        for (var i = 0; i < ClassHeat.Count; i++)
        {
            expected += toneProbabilities[i] * ClassHeat[i];
        }

        var fitted = float.IsFinite(regression) ? Math.Clamp(regression, 0.0, 1.0) : expected;
        var rules = float.IsFinite(lexicon) ? Math.Clamp(lexicon, 0.0, 1.0) : expected;
        return Math.Clamp((RegressionShare * fitted) + (ToneShare * expected) + (LexiconShare * rules), 0.0, 1.0);
    }
}
