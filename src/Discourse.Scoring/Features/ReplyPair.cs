namespace Discourse.Scoring.Features;

/// <summary>A reply and the text it answers, tokenized once for every feature family.</summary>
public sealed class ReplyPair(string? parent, string? text)
{
    public TokenizedText Parent { get; } = new(parent);
    public TokenizedText Reply { get; } = new(text);
}
