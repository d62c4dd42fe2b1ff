using Discourse.Analysis.Chains;
using Discourse.Core.Scores;

namespace Discourse.Analysis.Escalation;

/// <summary>
/// Finds escalation and de-escalation events: at each reply compared with the comment it answers (heat jumps and
/// coolings, turns between agreement and disagreement, partial concessions), and along each chain (where it starts
/// to stay hot). Each comment is reported once per kind, however many chains pass through it.
/// </summary>
public sealed class EscalationDetector(EscalationThresholds thresholds)
{
    public IReadOnlyList<EscalationEvent> Detect(ScoredThread scored, IReadOnlyList<ReplyChain> chains)
    {
        var events = new List<EscalationEvent>();
        foreach (var comment in scored.Thread.Comments)
        {
            if (scored.ScoreOf(comment) is not { } score)
            {
                continue;
            }

            var parent = scored.Thread.ParentOf(comment);
            var parentScore = parent is null ? null : scored.ScoreOf(parent);
            if (parent is not null && parentScore is not null)
            {
                var rise = score.Heat - parentScore.Heat;
                if (rise >= thresholds.HeatStep)
                {
                    events.Add(new(EscalationEventKind.HeatJump, comment, parent, $"{comment.Author} heats up answering {parent.Author} (+{rise:0.00})"));
                }
                else if (-rise >= thresholds.HeatStep)
                {
                    events.Add(new(EscalationEventKind.Cooling, comment, parent, $"{comment.Author} cools it down answering {parent.Author} ({rise:0.00})"));
                }

                if (parentScore.Stance == Stance.Agree && score.Stance == Stance.Disagree)
                {
                    events.Add(new(EscalationEventKind.TurnToDisagreement, comment, parent, $"{comment.Author} turns the agreement into disagreement"));
                }
                else if (parentScore.Stance == Stance.Disagree && score.Stance == Stance.Agree)
                {
                    events.Add(new(EscalationEventKind.TurnToAgreement, comment, parent, $"{comment.Author} comes round to {parent.Author}"));
                }
            }

            // The concession is read in the text ("true, but", "I can see that"); a soft stance score only means the
            // model was unsure, and class-balanced models are unsure of most disagreements.
            if (score.Stance == Stance.Disagree && score.Concedes)
            {
                events.Add(new(EscalationEventKind.PartialConcession, comment, parent,
                    $"{comment.Author} disagrees but concedes part of the point (stance {score.StanceScore:+0.00;-0.00})"));
            }
        }

        var staysHot = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chain in chains)
        {
            var start = StaysHotFrom(chain);
            if (start is { } i && staysHot.Add(chain.Turns[i].Comment.Id))
            {
                var turn = chain.Turns[i];
                events.Add(new(EscalationEventKind.StaysHot, turn.Comment, i > 0 ? chain.Turns[i - 1].Comment : null,
                    $"from {turn.Comment.Author}'s comment on, the exchange stays hot ({chain.Length - i} turns)"));
            }
        }

        return events.OrderBy(e => e.Comment.Order).ThenBy(e => e.Kind).ToList();
    }

    /// <summary>The index of the first turn after which every turn to the chain's end is hot, if enough follow.</summary>
    public int? StaysHotFrom(ReplyChain chain)
    {
        var i = chain.Length;
        while (i > 0 && chain.Turns[i - 1].Heat >= thresholds.Hot)
        {
            i--;
        }

        return chain.Length - i >= thresholds.MinTurnsAfter + 1 ? i : null;
    }

    /// <summary>How much the heat rises along a chain: the least-squares slope times the turns it spans.</summary>
    public static double EscalationIndex(ReplyChain chain)
    {
        var n = chain.Length;
        if (n < 2)
        {
            return 0;
        }

        var meanX = (n - 1) / 2.0;
        var meanY = chain.Heats.Average();
        double num = 0, den = 0;
        for (var x = 0; x < n; x++)
        {
            num += (x - meanX) * (chain.Turns[x].Heat - meanY);
            den += (x - meanX) * (x - meanX);
        }

        return num / den * (n - 1);
    }
}
