using Discourse.Analysis.Authors;
using Discourse.Analysis.Camps;
using Discourse.Analysis.Chains;
using Discourse.Analysis.Dyads;
using Discourse.Analysis.Escalation;
using Discourse.Core.Scores;

namespace Discourse.Analysis;

/// <summary>Runs every analysis over a scored thread.</summary>
public sealed class ThreadAnalyzer(EscalationThresholds thresholds)
{
    public static ThreadAnalyzer Default { get; } = new(EscalationThresholds.Default);

    public ThreadAnalysis Analyze(ScoredThread scored)
    {
        var chains = ChainFinder.Find(scored);
        var sides = CampAnalyzer.Sides(scored);
        return new ThreadAnalysis(
            scored,
            chains,
            new EscalationDetector(thresholds).Detect(scored, chains),
            ThreadIndex(chains),
            DyadAnalyzer.Analyze(scored),
            sides,
            CampAnalyzer.Camps(sides),
            AuthorProfiler.Profile(scored));
    }

    /// <summary>The thread's escalation index: the chains' indices weighted by their length (chains of two or more turns).</summary>
    public static double ThreadIndex(IReadOnlyList<ReplyChain> chains)
    {
        var counted = chains.Where(c => c.Length >= 2).ToList();
        var turns = counted.Sum(c => c.Length);
        return turns == 0 ? 0 : counted.Sum(c => EscalationDetector.EscalationIndex(c) * c.Length) / turns;
    }
}
