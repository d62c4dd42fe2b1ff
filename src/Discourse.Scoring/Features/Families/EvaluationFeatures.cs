using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Negative and positive evaluative words in the reply, and negative words aimed at "you".</summary>
public sealed class EvaluationFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
        ["negative.count", "negative.density", "positive.count", "positive.density", "negative.minusPositive", "negative.nearYou"];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var negative = EvaluativeWords.Negative.Positions(tokens).ToList();
        var positive = EvaluativeWords.Positive.Count(tokens);
        values[0] = negative.Count;
        values[1] = FeatureMath.Density(negative.Count, tokens.Count);
        values[2] = positive;
        values[3] = FeatureMath.Density(positive, tokens.Count);
        values[4] = FeatureMath.Density(negative.Count - positive, tokens.Count);
        values[5] = FeatureMath.Flag(FeatureMath.Near(negative, PolitenessStrategies.SecondPerson.Positions(tokens), 3));
    }
}
