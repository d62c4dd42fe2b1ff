using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Negation and contrast connectives ("not", "never", "but", "however").</summary>
public sealed class NegationContrastFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
        ["negation.count", "negation.density", "contrast.count", "contrast.opens", "negation.parentDensity"];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var negations = ArgumentMarkers.Negation.Count(tokens);
        values[0] = negations;
        values[1] = FeatureMath.Density(negations, tokens.Count);
        values[2] = ArgumentMarkers.Contrast.Count(tokens);
        values[3] = FeatureMath.Flag(ArgumentMarkers.Contrast.OpensWith(tokens));
        values[4] = FeatureMath.Density(ArgumentMarkers.Negation.Count(pair.Parent.Tokens), pair.Parent.WordCount);
    }
}
