namespace Discourse.Core.Scores;

/// <summary>
/// The scores of one reply: stance with a score in [-1, 1] (P(agree) − P(disagree)) and tone with a heat in [0, 1].
/// </summary>
public sealed record CommentScore(Stance Stance, double StanceScore, Tone Tone, double Heat);
