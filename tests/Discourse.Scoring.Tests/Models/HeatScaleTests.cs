using Discourse.Scoring.Models;

namespace Discourse.Scoring.Tests.Models;

public class HeatScaleTests
{
    [Fact]
    public void Heat_is_the_equal_mean_of_regression_tone_expectation_and_lexicon()
    {
        float[] hostile = [0f, 0f, 1f];

        var heat = HeatScale.Combine(hostile, 0.5f, 0.2f);

        Assert.Equal((0.5 + HeatScale.ClassHeat[2] + 0.2) / 3, heat, 5);
    }

    [Fact]
    public void Out_of_range_or_missing_views_are_clamped_or_replaced_by_the_tone_expectation()
    {
        float[] civil = [1f, 0f, 0f];

        Assert.Equal((1.0 + HeatScale.ClassHeat[0] + 0.0) / 3, HeatScale.Combine(civil, 7f, -3f), 5);
        Assert.Equal(HeatScale.ClassHeat[0], HeatScale.Combine(civil, float.NaN, float.NaN), 5);
    }

    [Fact]
    public void Every_view_raises_heat_when_it_rises()
    {
        float[] mixed = [0.4f, 0.4f, 0.2f];
        float[] hotter = [0.2f, 0.4f, 0.4f];

        Assert.True(HeatScale.Combine(mixed, 0.6f, 0.1f) > HeatScale.Combine(mixed, 0.3f, 0.1f));
        Assert.True(HeatScale.Combine(mixed, 0.3f, 0.8f) > HeatScale.Combine(mixed, 0.3f, 0.1f));
        Assert.True(HeatScale.Combine(hotter, 0.3f, 0.1f) > HeatScale.Combine(mixed, 0.3f, 0.1f));
    }
}
