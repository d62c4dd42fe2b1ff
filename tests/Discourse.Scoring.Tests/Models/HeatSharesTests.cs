using Discourse.Scoring.Models;

namespace Discourse.Scoring.Tests.Models;

public class HeatSharesTests
{
    [Fact]
    public void Heat_weighs_regression_tone_expectation_and_lexicon_by_their_shares()
    {
        float[] hostile = [0f, 0f, 1f];
        var shares = new HeatShares(0.2, 0.5, 0.3);

        var heat = shares.Combine(hostile, 0.4f, 0.6f);

        Assert.Equal((0.2 * 0.4) + (0.5 * HeatScale.ClassHeat[2]) + (0.3 * 0.6), heat, 5);
    }

    [Fact]
    public void Equal_shares_are_the_plain_mean()
    {
        float[] hostile = [0f, 0f, 1f];

        Assert.Equal((0.5 + HeatScale.ClassHeat[2] + 0.2) / 3, HeatShares.Equal.Combine(hostile, 0.5f, 0.2f), 5);
    }

    [Fact]
    public void The_tone_expectation_weighs_class_heat_by_probability()
    {
        float[] mixed = [0.5f, 0.25f, 0.25f];

        var expected = (0.5 * HeatScale.ClassHeat[0]) + (0.25 * HeatScale.ClassHeat[1]) + (0.25 * HeatScale.ClassHeat[2]);
        Assert.Equal(expected, HeatScale.Expected(mixed), 5);
    }

    [Fact]
    public void Out_of_range_or_missing_views_are_clamped_or_replaced_by_the_tone_expectation()
    {
        float[] civil = [1f, 0f, 0f];

        Assert.Equal((1.0 + HeatScale.ClassHeat[0] + 0.0) / 3, HeatShares.Equal.Combine(civil, 7f, -3f), 5);
        Assert.Equal(HeatScale.ClassHeat[0], HeatShares.Equal.Combine(civil, float.NaN, float.NaN), 5);
    }

    [Fact]
    public void A_view_with_no_share_does_not_move_heat()
    {
        float[] mixed = [0.4f, 0.4f, 0.2f];
        var noLexicon = new HeatShares(0.25, 0.75, 0);

        Assert.Equal(noLexicon.Combine(mixed, 0.3f, 0.1f), noLexicon.Combine(mixed, 0.3f, 0.9f), 10);
        Assert.True(noLexicon.Combine(mixed, 0.6f, 0.1f) > noLexicon.Combine(mixed, 0.3f, 0.1f));
    }

    [Fact]
    public void Every_view_with_a_share_raises_heat_when_it_rises()
    {
        float[] mixed = [0.4f, 0.4f, 0.2f];
        float[] hotter = [0.2f, 0.4f, 0.4f];
        var equal = HeatShares.Equal;

        Assert.True(equal.Combine(mixed, 0.6f, 0.1f) > equal.Combine(mixed, 0.3f, 0.1f));
        Assert.True(equal.Combine(mixed, 0.3f, 0.8f) > equal.Combine(mixed, 0.3f, 0.1f));
        Assert.True(equal.Combine(hotter, 0.3f, 0.1f) > equal.Combine(mixed, 0.3f, 0.1f));
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.5)]
    [InlineData(-0.1, 0.6, 0.5)]
    [InlineData(double.NaN, 0.5, 0.5)]
    [InlineData(0.2, 0.2, 0.2)]
    public void Shares_outside_zero_to_one_or_not_summing_to_one_are_refused(double regression, double tone, double lexicon)
    {
        Assert.Throws<ArgumentException>(() => new HeatShares(regression, tone, lexicon));
    }
}
