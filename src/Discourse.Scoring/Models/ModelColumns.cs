namespace Discourse.Scoring.Models;

/// <summary>Column names shared by the pipelines, the saved models and the scored rows.</summary>
public static class ModelColumns
{
    public const int ClassCount = 3;
    public const string Text = nameof(ReplyRow.Text);
    public const string Discourse = nameof(ReplyRow.Discourse);
    public const string Embedding = nameof(ReplyRow.Embedding);
    public const string StanceLabel = nameof(ReplyRow.StanceLabel);
    public const string ToneLabel = nameof(ReplyRow.ToneLabel);
    public const string Heat = nameof(ReplyRow.Heat);
    public const string StanceWeight = nameof(ReplyRow.StanceWeight);
    public const string ToneWeight = nameof(ReplyRow.ToneWeight);
    public const string TextFeatures = "TextFeatures";
    public const string Features = "Features";
    public const string Score = "Score";
    public const string StanceProbabilities = nameof(ScoredRow.StanceProbabilities);
    public const string ToneProbabilities = nameof(ScoredRow.ToneProbabilities);
    public const string HeatEstimate = nameof(ScoredRow.HeatEstimate);
}
