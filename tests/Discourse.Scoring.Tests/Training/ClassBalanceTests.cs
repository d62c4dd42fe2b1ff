using Discourse.Scoring.Models;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Training;

public class ClassBalanceTests
{
    [Fact]
    public void Every_present_class_carries_the_same_total_weight()
    {
        uint[] labels = [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 2];

        var weights = ClassBalance.Weights(labels);

        var totals = Enumerable.Range(0, 3).Select(c => weights[c] * labels.Count(l => l == c)).ToList();
        Assert.All(totals, t => Assert.Equal(labels.Length / 3.0, t, 4));
        Assert.True(weights[1] > weights[2] && weights[2] > weights[0]);
    }

    [Fact]
    public void An_absent_class_gets_no_weight_and_the_rest_still_sum_to_the_row_count()
    {
        uint[] labels = [0, 0, 2];

        var weights = ClassBalance.Weights(labels);

        Assert.Equal(0f, weights[1]);
        Assert.Equal(labels.Length, labels.Sum(l => weights[l]), 4);
    }

    [Fact]
    public void Weighted_rows_are_copies_with_both_weights_set_and_the_originals_untouched()
    {
        var rows = new[]
        {
            new ReplyRow { Id = "a", StanceLabel = 0, ToneLabel = 1 },
            new ReplyRow { Id = "b", StanceLabel = 0, ToneLabel = 1 },
            new ReplyRow { Id = "c", StanceLabel = 2, ToneLabel = 0 },
        };

        var weighted = ClassBalance.Weighted(rows);

        Assert.Equal(["a", "b", "c"], weighted.Select(r => r.Id));
        Assert.Equal(0.75f, weighted[0].StanceWeight, 4);
        Assert.Equal(1.5f, weighted[2].StanceWeight, 4);
        Assert.Equal(1.5f, weighted[2].ToneWeight, 4);
        Assert.All(rows, r => Assert.Equal(1f, r.StanceWeight));
        Assert.Same(rows[0].Discourse, weighted[0].Discourse);
    }
}
