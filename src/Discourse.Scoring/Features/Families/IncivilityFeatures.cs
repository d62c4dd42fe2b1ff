using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Insults, profanity, condescension, sarcasm, discrediting and generalisations, in the reply (insults also in the parent).</summary>
public sealed class IncivilityFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "insult.count", "insult.density", "profanity.count", "profanity.density", "condescension.count",
        "sarcasm.count", "discrediting.count", "incivility.total", "insult.parentCount", "generalisation.count",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var insults = IncivilityMarkers.Insults.Count(tokens);
        var profanity = IncivilityMarkers.Profanity.Count(tokens);
        var condescension = IncivilityMarkers.Condescension.Count(tokens);
        var sarcasm = IncivilityMarkers.Sarcasm.Count(tokens);
        var discrediting = IncivilityMarkers.Discrediting.Count(tokens);
        values[0] = insults;
        values[1] = FeatureMath.Density(insults, tokens.Count);
        values[2] = profanity;
        values[3] = FeatureMath.Density(profanity, tokens.Count);
        values[4] = condescension;
        values[5] = sarcasm;
        values[6] = discrediting;
        values[7] = (2 * insults) + profanity + condescension + sarcasm + discrediting + IncivilityMarkers.Accusations.Count(tokens);
        values[8] = IncivilityMarkers.Insults.Count(pair.Parent.Tokens) + IncivilityMarkers.Profanity.Count(pair.Parent.Tokens);
        values[9] = IncivilityMarkers.Generalisation.Count(tokens);
    }
}
