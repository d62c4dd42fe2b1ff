namespace Discourse.Scoring.Features;

/// <summary>Small helpers that turn counts into bounded feature values.</summary>
public static class FeatureMath
{
    /// <summary>Occurrences per word (0 for an empty text).</summary>
    public static float Density(int count, int words) => words == 0 ? 0f : (float)count / words;

    public static float Flag(bool value) => value ? 1f : 0f;

    /// <summary>ln(1 + n): compresses long counts and lengths.</summary>
    public static float Log(int count) => MathF.Log(1 + count);

    /// <summary>Whether any position in <paramref name="first"/> lies within <paramref name="distance"/> tokens of one in <paramref name="second"/>.</summary>
    public static bool Near(IEnumerable<int> first, IEnumerable<int> second, int distance)
    {
        var others = second.ToList();
        return first.Any(a => others.Any(b => Math.Abs(a - b) <= distance));
    }
}
