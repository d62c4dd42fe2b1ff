using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Politeness strategies: gratitude, apology, please, greeting, deference, hedges and intensifiers.</summary>
public sealed class PolitenessFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "polite.gratitude", "polite.apology", "polite.please", "polite.greeting", "polite.deference", "hedge.count",
        "hedge.density", "intensifier.count", "intensifier.density",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        values[0] = PolitenessStrategies.Gratitude.Count(tokens);
        values[1] = PolitenessStrategies.Apology.Count(tokens);
        values[2] = PolitenessStrategies.Please.Count(tokens);
        values[3] = FeatureMath.Flag(PolitenessStrategies.Greeting.OpensWith(tokens));
        values[4] = PolitenessStrategies.Deference.Count(tokens);
        var hedges = PolitenessStrategies.Hedges.Count(tokens);
        values[5] = hedges;
        values[6] = FeatureMath.Density(hedges, tokens.Count);
        var intensifiers = PolitenessStrategies.Intensifiers.Count(tokens);
        values[7] = intensifiers;
        values[8] = FeatureMath.Density(intensifiers, tokens.Count);
    }
}
