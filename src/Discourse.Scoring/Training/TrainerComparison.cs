namespace Discourse.Scoring.Training;

/// <summary>Cross-validated figures of one trainer on both tasks.</summary>
public sealed record TrainerComparison(Candidate Candidate, double StanceMacroF1, double ToneMacroF1, double HeatAucUncivil);
