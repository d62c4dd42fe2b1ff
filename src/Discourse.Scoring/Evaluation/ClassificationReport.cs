namespace Discourse.Scoring.Evaluation;

/// <summary>
/// A 3-class (or n-class) evaluation: confusion matrix (rows gold, columns predicted), per-class P/R/F1,
/// macro-F1 over all classes and accuracy.
/// </summary>
public sealed class ClassificationReport
{
    public ClassificationReport(IReadOnlyList<string> labels, IEnumerable<(int Gold, int Predicted)> pairs)
    {
        Labels = labels;
        Confusion = new int[labels.Count, labels.Count];
        foreach (var (gold, predicted) in pairs)
        {
            Confusion[gold, predicted]++;
            Total++;
        }

        Classes = Enumerable.Range(0, labels.Count).Select(ScoresOf).ToList();
    }

    public IReadOnlyList<string> Labels { get; }
    public int[,] Confusion { get; }
    public int Total { get; }
    public IReadOnlyList<ClassScores> Classes { get; }
    public double MacroF1 => Classes.Average(c => c.F1);
    public double Accuracy => Total == 0 ? 0 : (double)Enumerable.Range(0, Labels.Count).Sum(i => Confusion[i, i]) / Total;

    private ClassScores ScoresOf(int c)
    {
        var tp = Confusion[c, c];
        var predicted = Enumerable.Range(0, Labels.Count).Sum(g => Confusion[g, c]);
        var gold = Enumerable.Range(0, Labels.Count).Sum(p => Confusion[c, p]);
        var precision = predicted == 0 ? 0 : (double)tp / predicted;
        var recall = gold == 0 ? 0 : (double)tp / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassScores(Labels[c], precision, recall, f1, gold);
    }
}
