using Discourse.Corpus.Records;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>Turns labelled corpus items into model input rows (features computed once).</summary>
public static class TrainingRows
{
    public static ReplyRow From(LabelledReply item)
    {
        var row = ReplyRow.From(item.Id, item.Parent, item.Text);
        row.StanceLabel = (uint)item.Stance;
        row.ToneLabel = (uint)item.Tone;
        row.Heat = (float)item.Heat;
        return row;
    }

    public static IReadOnlyList<ReplyRow> From(IEnumerable<LabelledReply> items) => ReplyRowBuilder.Build(items, From).ToList();
}
