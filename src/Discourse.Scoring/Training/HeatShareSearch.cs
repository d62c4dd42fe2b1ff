using Discourse.Core.Scores;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>
/// Chooses the <see cref="HeatShares"/> from cross-validated predictions: every share on a grid of
/// <see cref="Step"/> (summing to 1) is tried, and the one with the best mean ROC-AUC of heat for "not civil" and
/// for "hostile" against the gold tone wins; on a tie the first in grid order (least regression, then least tone).
/// </summary>
public static class HeatShareSearch
{
    public const double Step = 0.05;

    public static HeatShareChoice Choose(IReadOnlyList<OutOfFoldPrediction> predictions)
    {
        if (predictions.Count == 0)
        {
            throw new ArgumentException("no predictions to choose heat shares on", nameof(predictions));
        }

        var notCivil = predictions.Select(p => p.Item.Tone != Tone.Civil).ToList();
        var hostile = predictions.Select(p => p.Item.Tone == Tone.Hostile).ToList();
        HeatAucs Measure(HeatShares shares)
        {
            var heat = predictions.Select(p => shares.Combine(p.Prediction.ToneProbabilities, p.Prediction.HeatEstimate, p.Prediction.LexiconHeat)).ToList();
            return new HeatAucs(shares, RocAuc.Compute(notCivil, heat), RocAuc.Compute(hostile, heat));
        }

        var steps = (int)Math.Round(1 / Step);
        var best = (HeatAucs?)null;
        for (var r = 0; r <= steps; r++)
        {
            for (var t = 0; t <= steps - r; t++)
            {
                var candidate = Measure(new HeatShares((double)r / steps, (double)t / steps, (double)(steps - r - t) / steps));
                if (best is null || candidate.Objective > best.Objective)
                {
                    best = candidate;
                }
            }
        }

        return new HeatShareChoice(best!, Measure(HeatShares.Equal));
    }
}

/// <summary>Heat shares and the cross-validated ROC-AUC of the heat they give, for "not civil" and "hostile".</summary>
public sealed record HeatAucs(HeatShares Shares, double NotCivil, double Hostile)
{
    /// <summary>The mean of the two AUCs; NaN (one class absent) counts as 0.5, no better than chance.</summary>
    public double Objective => ((double.IsNaN(NotCivil) ? 0.5 : NotCivil) + (double.IsNaN(Hostile) ? 0.5 : Hostile)) / 2;
}

/// <summary>The chosen heat shares, and equal shares measured the same way for comparison.</summary>
public sealed record HeatShareChoice(HeatAucs Chosen, HeatAucs Equal);
