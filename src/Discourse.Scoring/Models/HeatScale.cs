namespace Discourse.Scoring.Models;

/// <summary>The heat the tone classes stand for (each the middle of its codebook range).</summary>
public static class HeatScale
{
    /// <summary>The heat each tone class stands for: civil, snarky, hostile.</summary>
    public static readonly IReadOnlyList<double> ClassHeat = [0.1, 0.5, 0.8];

    /// <summary>The tone classifier's expected heat: its class probabilities weighted by <see cref="ClassHeat"/>.</summary>
    public static double Expected(IReadOnlyList<float> toneProbabilities)
    {
        var expected = 0.0;
        for (var i = 0; i < ClassHeat.Count; i++)
        {
            expected += toneProbabilities[i] * ClassHeat[i];
        }

        return expected;
    }
}
