namespace Discourse.Analysis.Dyads;

/// <summary>How one author answers another: how often, how hot on average, and how often in disagreement.</summary>
public sealed record Dyad(string From, string To, int Replies, double MeanHeat, double DisagreementShare);
