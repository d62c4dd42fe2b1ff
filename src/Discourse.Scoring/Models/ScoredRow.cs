using Microsoft.ML.Data;

namespace Discourse.Scoring.Models;

/// <summary>What the two models add to a <see cref="ReplyRow"/>: class probabilities and the heat regression.</summary>
public sealed class ScoredRow
{
    public string Id { get; set; } = "";

    /// <summary>P(agree), P(neutral), P(disagree).</summary>
    [VectorType(ModelColumns.ClassCount)]
    public float[] StanceProbabilities { get; set; } = [];

    /// <summary>P(civil), P(snarky), P(hostile).</summary>
    [VectorType(ModelColumns.ClassCount)]
    public float[] ToneProbabilities { get; set; } = [];

    /// <summary>The heat regression's estimate (not clamped).</summary>
    public float HeatEstimate { get; set; }

    /// <summary>The input row's rule-based heat, passed through.</summary>
    public float LexiconHeat { get; set; }
}
