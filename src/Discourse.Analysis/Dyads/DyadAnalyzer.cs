using Discourse.Core.Scores;

namespace Discourse.Analysis.Dyads;

/// <summary>Every ordered pair of authors where the first answered the second, hottest first.</summary>
public static class DyadAnalyzer
{
    public static IReadOnlyList<Dyad> Analyze(ScoredThread scored) =>
        scored.Thread.Comments
            .Select(c => (Comment: c, Parent: scored.Thread.ParentOf(c), Score: scored.ScoreOf(c)))
            .Where(x => x.Parent is not null && x.Score is not null && !x.Parent.IsPlaceholder)
            .GroupBy(x => (From: x.Comment.Author, To: x.Parent!.Author))
            .Select(g => new Dyad(g.Key.From, g.Key.To, g.Count(), g.Average(x => x.Score!.Heat),
                (double)g.Count(x => x.Score!.Stance == Stance.Disagree) / g.Count()))
            .OrderByDescending(d => d.MeanHeat)
            .ThenBy(d => d.From, StringComparer.Ordinal)
            .ThenBy(d => d.To, StringComparer.Ordinal)
            .ToList();
}
