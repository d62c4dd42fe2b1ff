namespace Discourse.Core.Scores;

/// <summary>A reply's manner toward people.</summary>
public enum Tone
{
    Civil,
    Snarky,
    Hostile,
}
