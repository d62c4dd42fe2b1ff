using Discourse.Core.Scores;

namespace Discourse.Scoring.Evaluation;

/// <summary>
/// One reply from an evaluation set, with whichever gold labels the set has: stance, tone, and named binary
/// labels (e.g. "offensive", "hostile") that heat is ranked against.
/// </summary>
public sealed record EvaluationItem(string Id, string Parent, string Text)
{
    public Stance? Stance { get; init; }
    public Tone? Tone { get; init; }
    public IReadOnlyDictionary<string, bool> Binary { get; init; } = new Dictionary<string, bool>();
}
