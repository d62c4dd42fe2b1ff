namespace Discourse.Scoring.Evaluation;

/// <summary>One reliability bin: predictions whose top probability fell in [From, To), and how often they were right.</summary>
public sealed record CalibrationBin(double From, double To, int Count, double MeanConfidence, double Accuracy);
