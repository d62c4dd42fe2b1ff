using Discourse.Scoring.Features;
using Microsoft.ML;

namespace Discourse.Scoring.Models;

/// <summary>
/// The trained stance and tone models, applied together over an <see cref="IDataView"/>: rows are featurized and
/// scored as they are enumerated, so a long input streams through in flat memory. Heat weighs the outputs by
/// <see cref="HeatShares"/>.
/// </summary>
public sealed class ReplyModels(MLContext ml, ITransformer stance, ITransformer tone, HeatShares heatShares)
{
    public ITransformer Stance { get; } = stance;
    public ITransformer Tone { get; } = tone;
    public HeatShares HeatShares { get; } = heatShares;

    /// <summary>The same models with heat weighed by other shares.</summary>
    public ReplyModels With(HeatShares shares) => new(ml, Stance, Tone, shares);

    /// <summary>Scores (id, parent, text) triples lazily, in input order.</summary>
    public IEnumerable<ReplyPrediction> Predict(IEnumerable<(string Id, string Parent, string Text)> replies) =>
        PredictRows(ReplyRowBuilder.Build(replies, r => ReplyRow.From(r.Id, r.Parent, r.Text)));

    public IEnumerable<ReplyPrediction> PredictRows(IEnumerable<ReplyRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var scored = Tone.Transform(Stance.Transform(data));
        return ml.Data.CreateEnumerable<ScoredRow>(scored, reuseRowObject: false).Select(row => ReplyPrediction.From(row, HeatShares));
    }

    public ReplyPrediction PredictOne(string parent, string text) => Predict([("", parent, text)]).Single();

    /// <summary>The length of the discourse feature vector the models expect.</summary>
    public static int FeatureCount => DiscourseFeatureExtractor.Count;
}
