using Discourse.Scoring.Evaluation;

namespace Discourse.Scoring.Tests.Evaluation;

public class RocAucTests
{
    [Theory]
    [InlineData(new[] { false, false, true, true }, new[] { 0.1, 0.2, 0.8, 0.9 }, 1.0)]
    [InlineData(new[] { true, true, false, false }, new[] { 0.1, 0.2, 0.8, 0.9 }, 0.0)]
    [InlineData(new[] { false, true, false, true }, new[] { 0.5, 0.5, 0.5, 0.5 }, 0.5)]
    [InlineData(new[] { false, true, true, false }, new[] { 0.1, 0.4, 0.35, 0.8 }, 0.5)]
    public void Auc_is_the_share_of_positive_negative_pairs_ranked_right(bool[] labels, double[] scores, double expected) =>
        Assert.Equal(expected, RocAuc.Compute(labels, scores), 6);

    [Fact]
    public void Auc_is_undefined_without_both_classes() =>
        Assert.True(double.IsNaN(RocAuc.Compute([true, true], [0.1, 0.2])));
}
