namespace Discourse.Scoring.Features.Embeddings;

/// <summary>
/// The embedding features of a (parent, reply) pair: the reply's sentence embedding, the parent's, their
/// element-wise product and their cosine. The product lets a linear model weigh, dimension by dimension, where the
/// two texts point the same way; it is scaled by <see cref="ProductScale"/> so that its values (products of two
/// unit-vector components, around 0.0025) sit in the range of the embeddings' own (around 0.05). An empty parent
/// gives zeros in every parent-dependent slot.
/// </summary>
public static class PairEmbedding
{
    public const int Length = (3 * SentenceEmbedder.Dimensions) + 1;
    public const float ProductScale = 20f;

    public static float[] Of(SentenceEmbedder embedder, string? parent, string? text) =>
        Combine(embedder.Embed(text), embedder.Embed(parent));

    /// <summary>Lays out [reply, parent, scaled reply × parent, cosine] from the two embeddings.</summary>
    public static float[] Combine(ReadOnlySpan<float> reply, ReadOnlySpan<float> parent)
    {
        const int d = SentenceEmbedder.Dimensions;
        if (reply.Length != d || parent.Length != d)
        {
            throw new ArgumentException($"embeddings must have {d} dimensions (got {reply.Length} and {parent.Length})");
        }

        var values = new float[Length];
        var cosine = 0f;
        for (var i = 0; i < d; i++)
        {
            values[i] = reply[i];
            values[d + i] = parent[i];
            var product = reply[i] * parent[i];
            values[(2 * d) + i] = ProductScale * product;
            cosine += product;
        }

        values[3 * d] = cosine;
        return values;
    }
}
