namespace Discourse.Analysis.Authors;

/// <summary>What one author did in a thread: how many replies, how hot, and their stance profile.</summary>
public sealed record AuthorProfile(string Author, int Comments, double MeanHeat, double MaxHeat, int Agree, int Neutral, int Disagree);
