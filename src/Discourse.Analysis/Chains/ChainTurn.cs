using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Analysis.Chains;

/// <summary>One scored reply on a chain: the comment and its scores.</summary>
public sealed record ChainTurn(Comment Comment, CommentScore Score)
{
    public double Heat => Score.Heat;
    public Stance Stance => Score.Stance;
}
