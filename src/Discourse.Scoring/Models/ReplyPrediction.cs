using Discourse.Core.Scores;

namespace Discourse.Scoring.Models;

/// <summary>The raw model outputs for one reply, the heat shares to weigh them by, and the scores they stand for.</summary>
public sealed record ReplyPrediction(string Id, IReadOnlyList<float> StanceProbabilities, IReadOnlyList<float> ToneProbabilities, float HeatEstimate, float LexiconHeat, HeatShares HeatShares)
{
    public Stance Stance => (Stance)ArgMax(StanceProbabilities);

    /// <summary>P(agree) − P(disagree), in [−1, 1].</summary>
    public double StanceScore => Math.Clamp(StanceProbabilities[(int)Stance.Agree] - StanceProbabilities[(int)Stance.Disagree], -1.0, 1.0);

    public Tone Tone => (Tone)ArgMax(ToneProbabilities);

    public double Heat => HeatShares.Combine(ToneProbabilities, HeatEstimate, LexiconHeat);

    public CommentScore ToScore() => new(Stance, StanceScore, Tone, Heat);

    public static ReplyPrediction From(ScoredRow row, HeatShares shares) =>
        new(row.Id, Normalized(row.StanceProbabilities), Normalized(row.ToneProbabilities), row.HeatEstimate, row.LexiconHeat, shares);

    /// <summary>Class scores as probabilities: non-finite and negative values count as 0; no mass at all is uniform.</summary>
    public static float[] Normalized(float[] values)
    {
        var clean = values.Select(v => float.IsFinite(v) && v > 0 ? v : 0f).ToArray();
        var sum = clean.Sum();
        return sum > 0 ? clean.Select(v => v / sum).ToArray() : clean.Select(_ => 1f / clean.Length).ToArray();
    }

    private static int ArgMax(IReadOnlyList<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
