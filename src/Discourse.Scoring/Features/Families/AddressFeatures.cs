using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Who the reply talks to and about: second person, first person, and "you" next to an insult or negation.</summary>
public sealed class AddressFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
        ["you.count", "you.density", "you.opens", "i.density", "you.nearInsult", "you.nearNegation", "you.accused"];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var you = PolitenessStrategies.SecondPerson.Positions(tokens).ToList();
        values[0] = you.Count;
        values[1] = FeatureMath.Density(you.Count, tokens.Count);
        values[2] = FeatureMath.Flag(PolitenessStrategies.SecondPerson.OpensWith(tokens, 2));
        values[3] = FeatureMath.Density(PolitenessStrategies.FirstPerson.Count(tokens), tokens.Count);
        var insults = IncivilityMarkers.Insults.Positions(tokens).Concat(IncivilityMarkers.Profanity.Positions(tokens));
        values[4] = FeatureMath.Flag(FeatureMath.Near(you, insults, 4));
        values[5] = FeatureMath.Flag(FeatureMath.Near(you, ArgumentMarkers.Negation.Positions(tokens), 2));
        values[6] = IncivilityMarkers.Accusations.Count(tokens);
    }
}
