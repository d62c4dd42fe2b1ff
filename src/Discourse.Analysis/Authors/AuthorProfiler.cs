using Discourse.Core.Scores;

namespace Discourse.Analysis.Authors;

/// <summary>Profiles every author with a scored comment, most active first.</summary>
public static class AuthorProfiler
{
    public static IReadOnlyList<AuthorProfile> Profile(ScoredThread scored) =>
        scored.Thread.Comments
            .Select(c => (Comment: c, Score: scored.ScoreOf(c)))
            .Where(x => x.Score is not null)
            .GroupBy(x => x.Comment.Author, StringComparer.Ordinal)
            .Select(g => new AuthorProfile(g.Key, g.Count(), g.Average(x => x.Score!.Heat), g.Max(x => x.Score!.Heat),
                g.Count(x => x.Score!.Stance == Stance.Agree), g.Count(x => x.Score!.Stance == Stance.Neutral),
                g.Count(x => x.Score!.Stance == Stance.Disagree)))
            .OrderByDescending(p => p.Comments)
            .ThenBy(p => p.Author, StringComparer.Ordinal)
            .ToList();
}
