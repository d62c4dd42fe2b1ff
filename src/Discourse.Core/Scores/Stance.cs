namespace Discourse.Core.Scores;

/// <summary>A reply's stance toward the comment (or article) it answers.</summary>
public enum Stance
{
    Agree,
    Neutral,
    Disagree,
}
