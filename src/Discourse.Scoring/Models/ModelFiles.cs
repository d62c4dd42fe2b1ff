namespace Discourse.Scoring.Models;

/// <summary>The file names in a models folder.</summary>
public static class ModelFiles
{
    public const string Stance = "stance.zip";
    public const string Tone = "tone.zip";
    public const string HeatShares = "heat-shares.json";
    public const string Card = "MODEL_CARD.md";
}
