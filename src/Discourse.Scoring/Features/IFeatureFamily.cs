namespace Discourse.Scoring.Features;

/// <summary>One family of discourse features: a fixed list of named numbers computed from a reply and its parent.</summary>
public interface IFeatureFamily
{
    IReadOnlyList<string> Names { get; }

    /// <summary>Writes exactly <see cref="Names"/>.Count values into <paramref name="values"/>.</summary>
    void Write(ReplyPair pair, Span<float> values);
}
