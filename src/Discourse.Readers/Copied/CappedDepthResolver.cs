using Discourse.Core.Threads;

namespace Discourse.Readers.Copied;

/// <summary>
/// Rebuilds links a site hid by capping its indentation. At the deepest level drawn, the replies drawn under one
/// comment may really answer each other; for each of them, every earlier comment of that run is weighed against
/// the drawn parent (which keeps a prior, since the page did say it) by <see cref="ReplyEvidence"/>. The drawn link
/// stands unless the evidence points elsewhere, so two people each answering the capped comment stay siblings.
/// </summary>
public static class CappedDepthResolver
{
    /// <summary>
    /// What the drawn parent is worth before any evidence: the page itself put the reply there. It outweighs what a
    /// mere neighbour earns (following directly and sharing a few words), so only quotes, alternating authors or
    /// naming move a link.
    /// </summary>
    public const double DrawnParentPrior = 2.25;

    /// <summary>The link of every comment, by index; <paramref name="idOf"/> names a comment by its index.</summary>
    public static IReadOnlyList<ParentLink> Resolve(IReadOnlyList<IndentedComment> comments, Func<int, string> idOf)
    {
        var parents = comments.Select(c => c.DrawnParent).ToArray();
        var links = comments.Select(c => ParentLink.FromMarkup(c.DrawnParent < 0 ? null : idOf(c.DrawnParent))).ToArray();
        if (comments.Count == 0)
        {
            return links;
        }

        var cap = comments.Max(c => c.Level);
        if (cap < 1)
        {
            return links;
        }

        foreach (var run in comments.Where(c => c.Level == cap).GroupBy(c => c.DrawnParent))
        {
            var members = run.ToList();
            for (var i = 1; i < members.Count; i++)
            {
                var reply = members[i];
                var drawn = comments[reply.DrawnParent];
                var (bestScore, bestEvidence) = Weigh(reply, drawn, comments, parents);
                bestScore += DrawnParentPrior;
                var best = drawn.Index;
                for (var j = 0; j < i; j++)
                {
                    var (score, evidence) = Weigh(reply, members[j], comments, parents);
                    if (score > bestScore)
                    {
                        (best, bestScore, bestEvidence) = (members[j].Index, score, evidence);
                    }
                }

                if (best != drawn.Index)
                {
                    var drawnScore = Weigh(reply, drawn, comments, parents).Score + DrawnParentPrior;
                    var confidence = Math.Clamp(1 / (1 + Math.Exp(-(bestScore - drawnScore))), 0.5, 0.99);
                    var evidence = new List<string> { $"drawn under {drawn.Author} at the deepest indentation (level {cap})" };
                    evidence.AddRange(bestEvidence);
                    parents[reply.Index] = best;
                    links[reply.Index] = ParentLink.Inferred(idOf(best), Math.Round(confidence, 3), evidence);
                }
            }
        }

        return links;
    }

    private static (double Score, List<string> Evidence) Weigh(IndentedComment reply, IndentedComment candidate, IReadOnlyList<IndentedComment> comments, int[] parents)
    {
        var candidateParent = parents[candidate.Index] is var p and >= 0 ? comments[p] : null;
        var alreadyAnswered = false;
        for (var k = 0; k < reply.Index; k++)
        {
            alreadyAnswered |= parents[k] == candidate.Index && string.Equals(comments[k].Author, reply.Author, StringComparison.OrdinalIgnoreCase);
        }

        return ReplyEvidence.Weigh(reply, candidate, candidateParent, candidate.Index == reply.Index - 1, alreadyAnswered);
    }
}
