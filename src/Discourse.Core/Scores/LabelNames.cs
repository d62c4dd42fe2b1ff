namespace Discourse.Core.Scores;

/// <summary>The lower-case label names used in files and JSON output, and their parsing.</summary>
public static class LabelNames
{
    public static string Name(this Stance stance) => stance switch
    {
        Stance.Agree => "agree",
        Stance.Neutral => "neutral",
        _ => "disagree",
    };

    public static string Name(this Tone tone) => tone switch
    {
        Tone.Civil => "civil",
        Tone.Snarky => "snarky",
        _ => "hostile",
    };

    public static bool TryParseStance(string? text, out Stance stance)
    {
        (var ok, stance) = text?.Trim().ToLowerInvariant() switch
        {
            "agree" => (true, Stance.Agree),
            "neutral" => (true, Stance.Neutral),
            "disagree" => (true, Stance.Disagree),
            _ => (false, Stance.Neutral),
        };
        return ok;
    }

    public static bool TryParseTone(string? text, out Tone tone)
    {
        (var ok, tone) = text?.Trim().ToLowerInvariant() switch
        {
            "civil" => (true, Tone.Civil),
            "snarky" => (true, Tone.Snarky),
            "hostile" => (true, Tone.Hostile),
            _ => (false, Tone.Civil),
        };
        return ok;
    }
}
