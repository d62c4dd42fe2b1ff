namespace Discourse.Analysis.Escalation;

/// <summary>The numbers that make a change "marked"; the defaults follow the codebook's heat anchors.</summary>
public sealed record EscalationThresholds
{
    public static EscalationThresholds Default { get; } = new();

    /// <summary>A reply this much hotter (or calmer) than its parent is a jump (or a cooling).</summary>
    public double HeatStep { get; init; } = 0.2;

    /// <summary>Heat from which a comment counts as hot (the snarky–hostile border of the codebook).</summary>
    public double Hot { get; init; } = 0.5;

    /// <summary>How many turns must follow for "stays hot" to mean something.</summary>
    public int MinTurnsAfter { get; init; } = 2;
}
