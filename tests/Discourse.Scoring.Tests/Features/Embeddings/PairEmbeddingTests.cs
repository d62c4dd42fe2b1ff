using Discourse.Scoring.Features.Embeddings;

namespace Discourse.Scoring.Tests.Features.Embeddings;

public class PairEmbeddingTests
{
    private const int D = SentenceEmbedder.Dimensions;

    private static float[] Unit(int hot)
    {
        var v = new float[D];
        v[hot] = 1f;
        return v;
    }

    [Fact]
    public void The_layout_is_reply_parent_scaled_product_and_cosine()
    {
        var reply = Unit(3);
        var parent = Unit(3);
        var values = PairEmbedding.Combine(reply, parent);
        Assert.Equal(PairEmbedding.Length, values.Length);
        Assert.Equal(1f, values[3]);
        Assert.Equal(1f, values[D + 3]);
        Assert.Equal(PairEmbedding.ProductScale, values[(2 * D) + 3]);
        Assert.Equal(1f, values[3 * D]);
        Assert.Equal(1f, values.Sum() - PairEmbedding.ProductScale - 2f);
    }

    [Fact]
    public void Orthogonal_texts_have_cosine_zero_and_no_product()
    {
        var values = PairEmbedding.Combine(Unit(0), Unit(1));
        Assert.Equal(0f, values[3 * D]);
        Assert.All(values.Skip(2 * D).Take(D), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void An_empty_parent_leaves_every_parent_slot_zero()
    {
        var values = PairEmbedding.Of(SentenceEmbedder.Shared, "", "The tram opens in May.");
        Assert.Contains(values.Take(D), v => v != 0f);
        Assert.All(values.Skip(D), v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Vectors_of_the_wrong_size_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PairEmbedding.Combine(new float[D], new float[D - 1]));
    }
}
