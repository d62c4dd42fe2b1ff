namespace Discourse.Analysis.Camps;

/// <summary>
/// An author's camp: the side their comments lean to (confidence-weighted), how strongly (lean in [−1, 1]), and how
/// consistent they are (the weighted share of their comments on that side).
/// </summary>
public sealed record AuthorCamp(string Author, Side Side, double Lean, double Consistency, int Comments);
