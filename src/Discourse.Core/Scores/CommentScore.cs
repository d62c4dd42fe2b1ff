namespace Discourse.Core.Scores;

/// <summary>
/// The scores of one reply: stance with a score in [-1, 1] (P(agree) − P(disagree)) and tone with a heat in [0, 1];
/// <paramref name="Concedes"/> says whether the reply grants part of the parent's point in so many words ("true,
/// but", "granted", "I can see that").
/// </summary>
public sealed record CommentScore(Stance Stance, double StanceScore, Tone Tone, double Heat, bool Concedes = false);
