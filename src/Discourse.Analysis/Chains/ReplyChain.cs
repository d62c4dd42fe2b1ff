namespace Discourse.Analysis.Chains;

/// <summary>
/// A root-to-leaf path through the reply tree: a top-level comment, the reply to it, the reply to that… down to a
/// comment nobody answered. Placeholders without scores are left out of the turns.
/// </summary>
public sealed record ReplyChain(IReadOnlyList<ChainTurn> Turns)
{
    public int Length => Turns.Count;

    public IEnumerable<double> Heats => Turns.Select(t => t.Heat);

    public string Describe() =>
        string.Join(" → ", Turns.Select(t => $"{t.Comment.Author} ({t.Heat:0.00})"));
}
