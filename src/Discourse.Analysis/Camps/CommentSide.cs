using Discourse.Core.Threads;

namespace Discourse.Analysis.Camps;

/// <summary>A comment's side toward the article as a signed value (+1 for, −1 against) and how sure that is.</summary>
public sealed record CommentSide(Comment Comment, int Sign, double Confidence)
{
    public Side Side => Sign > 0 ? Side.For : Side.Against;
}
