namespace Discourse.Analysis.Escalation;

/// <summary>What happened at a turn of a chain.</summary>
public enum EscalationEventKind
{
    /// <summary>A reply markedly hotter than the comment it answers.</summary>
    HeatJump,

    /// <summary>An exchange that was agreeing turns to disagreement.</summary>
    TurnToDisagreement,

    /// <summary>The first comment after which the chain stays hot to its end.</summary>
    StaysHot,

    /// <summary>A reply markedly calmer than the comment it answers.</summary>
    Cooling,

    /// <summary>An exchange that was disagreeing turns to agreement.</summary>
    TurnToAgreement,

    /// <summary>A reply that disagrees but concedes part of the point (a mixed stance score).</summary>
    PartialConcession,
}
