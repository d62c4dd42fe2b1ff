using Discourse.Analysis.Authors;
using Discourse.Analysis.Camps;
using Discourse.Analysis.Chains;
using Discourse.Analysis.Dyads;
using Discourse.Analysis.Escalation;
using Discourse.Core.Scores;

namespace Discourse.Analysis;

/// <summary>Everything the analysis found in one scored thread.</summary>
public sealed record ThreadAnalysis(
    ScoredThread Scored,
    IReadOnlyList<ReplyChain> Chains,
    IReadOnlyList<EscalationEvent> Events,
    double EscalationIndex,
    IReadOnlyList<Dyad> Dyads,
    IReadOnlyList<CommentSide> Sides,
    IReadOnlyList<AuthorCamp> Camps,
    IReadOnlyList<AuthorProfile> Authors)
{
    /// <summary>The longest chain (the first of equals), the one the timeline follows; null without scored comments.</summary>
    public ReplyChain? MainChain => Chains.OrderByDescending(c => c.Length).FirstOrDefault();

    public double MeanHeat => Scored.Scores.Count == 0 ? 0 : Scored.Scores.Values.Average(s => s.Heat);
}
