using Discourse.Core.Threads;

namespace Discourse.Analysis.Escalation;

/// <summary>An escalation or de-escalation at one comment, with the comment it answered and a plain description.</summary>
public sealed record EscalationEvent(EscalationEventKind Kind, Comment Comment, Comment? Answered, string Description)
{
    public bool Escalates => Kind is EscalationEventKind.HeatJump or EscalationEventKind.TurnToDisagreement or EscalationEventKind.StaysHot;
}
