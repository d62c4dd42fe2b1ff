namespace Discourse.Scoring.Evaluation;

/// <summary>Area under the ROC curve by the rank-sum formula, ties sharing their mean rank.</summary>
public static class RocAuc
{
    /// <summary>The AUC of <paramref name="scores"/> against binary labels; NaN when one class is absent.</summary>
    public static double Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        if (labels.Count != scores.Count)
        {
            throw new ArgumentException("labels and scores differ in length");
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[scores.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = ((i + j) / 2.0) + 1;
            }

            i = j + 1;
        }

        double positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var rankSum = Enumerable.Range(0, labels.Count).Where(i => labels[i]).Sum(i => ranks[i]);
        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }
}
