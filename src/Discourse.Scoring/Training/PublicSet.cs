using Discourse.Scoring.Evaluation;

namespace Discourse.Scoring.Training;

/// <summary>A public evaluation set the trained models are measured on (never trained on).</summary>
public sealed record PublicSet(string Name, string Path, EvaluationFormat Format, string? Split)
{
    /// <summary>The public dev sets as laid out in a shared data folder, those of them that exist.</summary>
    public static IReadOnlyList<PublicSet> In(string folder) =>
        new PublicSet[]
        {
            new("DEBAGREEMENT dev", System.IO.Path.Combine(folder, "debagreement-dev", "pairs.csv"), EvaluationFormat.Debagreement, null),
            new("ToxiChat dev", System.IO.Path.Combine(folder, "toxichat", "reply_pairs_train_dev.csv"), EvaluationFormat.ToxiChat, "dev"),
            new("UCC val", System.IO.Path.Combine(folder, "ucc-val", "val.csv"), EvaluationFormat.Ucc, null),
        }.Where(s => File.Exists(s.Path)).ToList();
}
