using Discourse.Core.Scores;

namespace Discourse.Analysis.Camps;

/// <summary>
/// Propagates sides down the reply tree: the article is "for" itself; agreeing keeps the side of the comment
/// answered, disagreeing flips it, a neutral reply keeps it with less confidence. Authors are then placed by the
/// confidence-weighted lean of their comments.
/// </summary>
public static class CampAnalyzer
{
    public const double Decay = 0.9;
    public const double NeutralDecay = 0.5;

    /// <summary>An author whose lean is weaker than this is unaligned.</summary>
    public const double MinLean = 0.2;

    public static IReadOnlyList<CommentSide> Sides(ScoredThread scored)
    {
        var sides = new Dictionary<string, CommentSide>(StringComparer.Ordinal);
        foreach (var comment in scored.Thread.Comments.OrderBy(c => c.Depth).ThenBy(c => c.Order))
        {
            var parent = scored.Thread.ParentOf(comment);
            var (sign, confidence) = parent is not null && sides.TryGetValue(parent.Id, out var p) ? (p.Sign, p.Confidence) : (1, 1.0);
            if (scored.ScoreOf(comment) is not { } score)
            {
                sides[comment.Id] = new CommentSide(comment, sign, confidence * NeutralDecay);
                continue;
            }

            sides[comment.Id] = score.Stance switch
            {
                Stance.Agree => new CommentSide(comment, sign, confidence * Decay),
                Stance.Disagree => new CommentSide(comment, -sign, confidence * Decay),
                _ => new CommentSide(comment, sign, confidence * NeutralDecay),
            };
        }

        return scored.Thread.Comments.Where(c => scored.ScoreOf(c) is not null).Select(c => sides[c.Id]).ToList();
    }

    public static IReadOnlyList<AuthorCamp> Camps(IReadOnlyList<CommentSide> sides) =>
        sides.GroupBy(s => s.Comment.Author, StringComparer.Ordinal)
            .Select(g =>
            {
                var weight = g.Sum(s => s.Confidence);
                var lean = weight == 0 ? 0 : g.Sum(s => s.Sign * s.Confidence) / weight;
                var side = lean >= MinLean ? Side.For : lean <= -MinLean ? Side.Against : Side.Unaligned;
                var agreeing = side == Side.Unaligned ? 0 : g.Where(s => s.Side == side).Sum(s => s.Confidence);
                return new AuthorCamp(g.Key, side, lean, weight == 0 ? 0 : agreeing / weight, g.Count());
            })
            .OrderBy(c => c.Side)
            .ThenByDescending(c => c.Comments)
            .ThenBy(c => c.Author, StringComparer.Ordinal)
            .ToList();
}
