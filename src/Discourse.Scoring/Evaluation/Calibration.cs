namespace Discourse.Scoring.Evaluation;

/// <summary>Reliability of predicted probabilities: binned confidence against accuracy, expected calibration error, Brier score.</summary>
public sealed class Calibration
{
    public Calibration(IReadOnlyList<(IReadOnlyList<float> Probabilities, int Gold)> items, int bins = 5)
    {
        var edges = Enumerable.Range(0, bins + 1).Select(i => i / (double)bins).ToArray();
        var binned = items.Select(item =>
        {
            var top = item.Probabilities.Max();
            var predicted = item.Probabilities.ToList().IndexOf(top);
            return (Confidence: (double)top, Right: predicted == item.Gold);
        }).ToList();
        Bins = Enumerable.Range(0, bins).Select(b =>
        {
            var inBin = binned.Where(x => x.Confidence >= edges[b] && (x.Confidence < edges[b + 1] || b == bins - 1)).ToList();
            return new CalibrationBin(edges[b], edges[b + 1], inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(x => x.Confidence),
                inBin.Count == 0 ? 0 : inBin.Average(x => x.Right ? 1.0 : 0.0));
        }).ToList();
        ExpectedError = items.Count == 0 ? 0 : Bins.Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.Accuracy)) / items.Count;
        Brier = items.Count == 0 ? 0 : items.Average(item =>
            item.Probabilities.Select((p, c) => Math.Pow(p - (c == item.Gold ? 1 : 0), 2)).Sum());
    }

    public IReadOnlyList<CalibrationBin> Bins { get; }
    public double ExpectedError { get; }
    public double Brier { get; }
}
