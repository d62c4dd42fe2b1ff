namespace Discourse.Scoring.Features;

/// <summary>
/// A rule-based heat read off our word lists and the codebook's heat anchors: a reply with a hostile marker (an
/// insult, a slur, a group spoken of in negative or insulting words, violence with someone to aim it at) starts at
/// 0.75, one with only a snarky marker (profanity, condescension, sarcasm, discrediting, dismissal, mocking laughter or
/// emoji, sexual words, censored swearing) at 0.45, any other at 0.10; each marker past the first adds 0.05, up to 1. The learned
/// models weigh these words by how our corpus uses them; this view weighs them the same on any text, so the blend
/// degrades gracefully on vocabulary and styles our corpus lacks.
/// </summary>
public static class LexiconHeat
{
    public const double Hostile = 0.75;
    public const double Snarky = 0.45;
    public const double None = 0.10;
    public const double PerExtraMarker = 0.05;

    // Markers with many innocent readings stay out: "you're a …" accusations, profanity next to "you" ("you're damn
    // right"), quotation marks (quoting is as often plain as scornful) and violent words with no one to aim at.
    private static readonly int[] CountsOfHostile = Indexes("insult.count");
    private static readonly int[] LogCountsOfHostile = Indexes("slur.count");
    private static readonly int[] FlagsOfHostile = Indexes("group.nearNegative", "violence.targeted");
    private static readonly int[] CountsOfSnarky = Indexes("profanity.count", "condescension.count", "sarcasm.count", "discrediting.count");
    private static readonly int[] LogCountsOfSnarky = Indexes("dismissal.count", "laughter.count", "mockEmoji.count", "sexual.count", "censored.count");

    /// <summary>The lexicon heat of a reply, from its (unnormalised) discourse feature vector.</summary>
    public static float Of(ReadOnlySpan<float> features)
    {
        var hostile = Sum(features, CountsOfHostile) + SumOfLogs(features, LogCountsOfHostile) + Sum(features, FlagsOfHostile);
        var snarky = Sum(features, CountsOfSnarky) + SumOfLogs(features, LogCountsOfSnarky);
        var start = hostile > 0 ? Hostile : snarky > 0 ? Snarky : None;
        var extra = Math.Max(0, hostile + snarky - 1);
        return (float)Math.Min(1.0, start + (PerExtraMarker * extra));
    }

    private static double Sum(ReadOnlySpan<float> features, int[] indexes)
    {
        var sum = 0.0;
        foreach (var i in indexes)
        {
            sum += features[i];
        }

        return sum;
    }

    // Counts stored as ln(1 + n) are turned back into n.
    private static double SumOfLogs(ReadOnlySpan<float> features, int[] indexes)
    {
        var sum = 0.0;
        foreach (var i in indexes)
        {
            sum += Math.Round(Math.Exp(features[i]) - 1);
        }

        return sum;
    }

    private static int[] Indexes(params string[] names) => names.Select(n =>
    {
        var i = DiscourseFeatureExtractor.Names.ToList().IndexOf(n);
        return i >= 0 ? i : throw new InvalidOperationException($"no discourse feature named {n}");
    }).ToArray();
}
