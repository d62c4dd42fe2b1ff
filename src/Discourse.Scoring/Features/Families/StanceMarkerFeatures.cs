using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Agreement and disagreement markers, concession ("true, but…") and how the reply opens.</summary>
public sealed class StanceMarkerFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "agree.count", "agree.density", "agree.opens", "disagree.count", "disagree.density", "disagree.opens",
        "concession.count", "concession.thenContrast",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var agree = StanceMarkers.Agreement.Count(tokens);
        var disagree = StanceMarkers.Disagreement.Count(tokens);
        var concessions = StanceMarkers.Concession.Positions(tokens).ToList();
        var contrasts = ArgumentMarkers.Contrast.Positions(tokens).ToList();
        values[0] = agree;
        values[1] = FeatureMath.Density(agree, tokens.Count);
        values[2] = FeatureMath.Flag(StanceMarkers.AgreementOpeners.OpensWith(tokens));
        values[3] = disagree;
        values[4] = FeatureMath.Density(disagree, tokens.Count);
        values[5] = FeatureMath.Flag(StanceMarkers.RebuttalOpeners.OpensWith(tokens));
        values[6] = concessions.Count;
        values[7] = FeatureMath.Flag(concessions.Any(c => contrasts.Any(b => b > c)));
    }
}
