using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>
/// Class-balance weights: each row weighs n / (k × n_class), so every class carries the same total weight and the
/// models learn no preference for whichever class our corpus happens to hold most of. The public sets' class
/// shares differ from ours and from each other (DEBAGREEMENT 40 % disagree, ToxiChat 79 % neutral); macro-F1
/// rewards equal recall, which a flat prior gives.
/// </summary>
public static class ClassBalance
{
    /// <summary>Copies of the rows (sharing their feature vectors) with both weights set.</summary>
    public static IReadOnlyList<ReplyRow> Weighted(IReadOnlyList<ReplyRow> rows)
    {
        var stance = Weights(rows.Select(r => r.StanceLabel).ToList());
        var tone = Weights(rows.Select(r => r.ToneLabel).ToList());
        return rows.Select(r => new ReplyRow
        {
            Id = r.Id,
            Text = r.Text,
            Discourse = r.Discourse,
            Embedding = r.Embedding,
            StanceLabel = r.StanceLabel,
            ToneLabel = r.ToneLabel,
            Heat = r.Heat,
            LexiconHeat = r.LexiconHeat,
            StanceWeight = stance[(int)r.StanceLabel],
            ToneWeight = tone[(int)r.ToneLabel],
        }).ToList();
    }

    /// <summary>The weight of each class index 0..k−1; a class absent from the rows gets weight 0.</summary>
    public static float[] Weights(IReadOnlyList<uint> labels)
    {
        var counts = new int[ModelColumns.ClassCount];
        foreach (var label in labels)
        {
            counts[label]++;
        }

        var present = counts.Count(c => c > 0);
        return counts.Select(c => c == 0 ? 0f : (float)labels.Count / (present * c)).ToArray();
    }
}
