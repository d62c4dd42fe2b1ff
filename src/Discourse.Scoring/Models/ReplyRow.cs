using Discourse.Scoring.Features;
using Discourse.Scoring.Features.Embeddings;
using Microsoft.ML.Data;

namespace Discourse.Scoring.Models;

/// <summary>
/// The input schema both models are trained and applied on: the reply text, our discourse features, and (when
/// training) the labels as key indexes 0..2 (as ML.NET reads a key-typed member) in the order of <see cref="Core.Scores.Stance"/> and <see cref="Core.Scores.Tone"/>.
/// </summary>
public sealed class ReplyRow
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    [VectorType(DiscourseFeatureExtractor.Count)]
    public float[] Discourse { get; set; } = new float[DiscourseFeatureExtractor.Count];

    /// <summary>The sentence-embedding features of the pair (<see cref="PairEmbedding"/>).</summary>
    [VectorType(PairEmbedding.Length)]
    public float[] Embedding { get; set; } = new float[PairEmbedding.Length];

    /// <summary>(int)Stance; ignored when scoring.</summary>
    [KeyType(ModelColumns.ClassCount)]
    public uint StanceLabel { get; set; }

    /// <summary>(int)Tone; ignored when scoring.</summary>
    [KeyType(ModelColumns.ClassCount)]
    public uint ToneLabel { get; set; }

    public float Heat { get; set; }

    /// <summary>The weight of this row when the stance model is fitted (class balance); ignored when scoring.</summary>
    public float StanceWeight { get; set; } = 1f;

    /// <summary>The weight of this row when the tone model and the heat regression are fitted; ignored when scoring.</summary>
    public float ToneWeight { get; set; } = 1f;

    /// <summary>The rule-based heat of the reply's markers (<see cref="Features.LexiconHeat"/>), carried through to the scores.</summary>
    public float LexiconHeat { get; set; }

    public static ReplyRow From(string id, string? parent, string? text)
    {
        var features = DiscourseFeatureExtractor.Extract(parent, text);
        return new()
        {
            Id = id,
            Text = text ?? "",
            Discourse = features,
            Embedding = PairEmbedding.Of(SentenceEmbedder.Shared, parent, text),
            LexiconHeat = Features.LexiconHeat.Of(features),
        };
    }
}
