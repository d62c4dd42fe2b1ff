using Discourse.Core.Scores;

namespace Discourse.Analysis.Chains;

/// <summary>Lists every root-to-leaf chain of a scored thread, in document order of their leaves.</summary>
public static class ChainFinder
{
    public static IReadOnlyList<ReplyChain> Find(ScoredThread scored)
    {
        var chains = new List<ReplyChain>();
        foreach (var leaf in scored.Thread.Comments.Where(c => c.Children.Count == 0))
        {
            var turns = new List<ChainTurn>();
            for (var c = leaf; c is not null; c = scored.Thread.ParentOf(c))
            {
                if (scored.ScoreOf(c) is { } score)
                {
                    turns.Add(new ChainTurn(c, score));
                }
            }

            if (turns.Count > 0)
            {
                turns.Reverse();
                chains.Add(new ReplyChain(turns));
            }
        }

        return chains;
    }
}
