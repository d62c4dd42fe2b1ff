namespace Discourse.Scoring.Models;

/// <summary>
/// How heat weighs its three views of a reply: the heat regression (trained on our annotated heat), the tone
/// classifier's expected heat (<see cref="HeatScale.Expected"/>) and the rule-based lexicon heat
/// (<see cref="Features.LexiconHeat"/>). The shares are non-negative and sum to 1; training chooses them on
/// cross-validated predictions and saves them beside the models.
/// </summary>
public sealed record HeatShares
{
    public HeatShares(double regression, double tone, double lexicon)
    {
        if (!IsShare(regression) || !IsShare(tone) || !IsShare(lexicon))
        {
            throw new ArgumentException($"heat shares must lie in [0, 1], got {regression}, {tone}, {lexicon}");
        }

        if (Math.Abs(regression + tone + lexicon - 1) > 1e-6)
        {
            throw new ArgumentException($"heat shares must sum to 1, got {regression + tone + lexicon}");
        }

        Regression = regression;
        Tone = tone;
        Lexicon = lexicon;
    }

    /// <summary>A third each: the shares before training has chosen any.</summary>
    public static HeatShares Equal { get; } = new(1.0 / 3, 1.0 / 3, 1.0 / 3);

    public double Regression { get; }
    public double Tone { get; }
    public double Lexicon { get; }

    /// <summary>
    /// Heat in [0, 1]. A view outside [0, 1] is clamped; a non-finite regression or lexicon value is replaced by
    /// the tone expectation.
    /// </summary>
    public double Combine(IReadOnlyList<float> toneProbabilities, float regression, float lexicon)
    {
        var expected = HeatScale.Expected(toneProbabilities);
        var fitted = float.IsFinite(regression) ? Math.Clamp(regression, 0.0, 1.0) : expected;
        var rules = float.IsFinite(lexicon) ? Math.Clamp(lexicon, 0.0, 1.0) : expected;
        return Math.Clamp((Regression * fitted) + (Tone * expected) + (Lexicon * rules), 0.0, 1.0);
    }

    public override string ToString() => $"regression {Regression:0.##}, tone {Tone:0.##}, lexicon {Lexicon:0.##}";

    private static bool IsShare(double value) => double.IsFinite(value) && value >= 0 && value <= 1;
}
