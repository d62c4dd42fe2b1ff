using Discourse.Scoring.Features.Embeddings;

namespace Discourse.Scoring.Tests.Features.Embeddings;

public class SentenceEmbedderTests
{
    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();

    [Fact]
    public void A_text_becomes_a_unit_vector_of_the_stated_size()
    {
        var vector = SentenceEmbedder.Shared.Embed("The council should fund the night buses.");
        Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(Dot(vector, vector)), 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_text_is_the_zero_vector(string? text)
    {
        var vector = SentenceEmbedder.Shared.Embed(text);
        Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
        Assert.All(vector, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Texts_on_the_same_subject_lie_closer_than_texts_on_different_ones()
    {
        var buses = SentenceEmbedder.Shared.Embed("The night buses were cut to save money.");
        var transit = SentenceEmbedder.Shared.Embed("They scrapped the late bus routes to trim the budget.");
        var football = SentenceEmbedder.Shared.Embed("What a goal in the last minute of the derby!");
        Assert.True(Dot(buses, transit) > Dot(buses, football) + 0.2f);
    }

    [Fact]
    public void The_same_text_gets_the_same_vector_from_a_fresh_encoder_and_from_parallel_callers()
    {
        const string text = "Nobody reads the terms of service, and the companies know it.";
        var first = SentenceEmbedder.Shared.Embed(text);
        using var fresh = new SentenceEmbedder();
        var again = Enumerable.Range(0, 4).AsParallel().Select(i => fresh.Embed(text + new string(' ', i))).ToList();
        var exact = fresh.Embed(text);
        Assert.Equal(first, exact);
        Assert.All(again, v => Assert.Equal(first, v));
    }
}
