namespace Discourse.Scoring.Evaluation;

/// <summary>Precision, recall and F1 of one class, with its number of gold items.</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);
