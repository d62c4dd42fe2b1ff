using System.Text.RegularExpressions;
using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>
/// Offensive content beyond name-calling: sexual and violent vocabulary, identity groups (and groups spoken of in
/// negative or insulting words), dismissal, mocking laughter and emoji, censored swearing and stretched words; plus
/// yes/no flags for insults and profanity, which a single occurrence should switch on however long the reply.
/// </summary>
public sealed partial class OffenceFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "insult.present", "profanity.present", "sexual.count", "violence.count", "group.count", "group.nearNegative",
        "dismissal.count", "laughter.count", "mockEmoji.count", "censored.count", "stretched.count", "offence.total",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var raw = pair.Reply.Raw;
        var insults = IncivilityMarkers.Insults.Positions(tokens).ToList();
        var profanity = IncivilityMarkers.Profanity.Positions(tokens).ToList();
        var sexual = OffenceMarkers.Sexual.Count(tokens);
        var violence = OffenceMarkers.Violence.Count(tokens);
        var groups = OffenceMarkers.Groups.Positions(tokens).ToList();
        var negative = EvaluativeWords.Negative.Positions(tokens).Concat(insults).Concat(profanity);
        var dismissal = OffenceMarkers.Dismissal.Count(tokens);
        var laughter = OffenceMarkers.Laughter.Count(tokens);
        var emoji = MockEmoji().Matches(raw).Count;
        var censored = Censored().Matches(raw).Count;
        values[0] = FeatureMath.Flag(insults.Count > 0);
        values[1] = FeatureMath.Flag(profanity.Count > 0);
        values[2] = FeatureMath.Log(sexual);
        values[3] = FeatureMath.Log(violence);
        values[4] = FeatureMath.Log(groups.Count);
        values[5] = FeatureMath.Flag(FeatureMath.Near(groups, negative, 3));
        values[6] = FeatureMath.Log(dismissal);
        values[7] = FeatureMath.Log(laughter);
        values[8] = FeatureMath.Log(emoji);
        values[9] = FeatureMath.Log(censored);
        values[10] = FeatureMath.Log(Stretched().Matches(raw).Count);
        values[11] = FeatureMath.Log(insults.Count + profanity.Count + sexual + violence + dismissal + laughter + emoji + censored);
    }

    // Eye-roll, clown, crying-laughing, rolling-on-the-floor, middle finger, pile of poo, face with symbols.
    [GeneratedRegex("\U0001F644|\U0001F921|\U0001F602|\U0001F923|\U0001F595|\U0001F4A9|\U0001F92C")]
    private static partial Regex MockEmoji();

    // Swearing with a letter masked: f*ck, sh!t, f**king, a$$, b!tch.
    [GeneratedRegex(@"\b[a-zA-Z]+[*!@$#%]+[a-zA-Z]+\b|\b[a-zA-Z][*]{2,}\b")]
    private static partial Regex Censored();

    // A letter repeated three or more times inside a word: "riiiight", "HMMMMM", "sooooo".
    [GeneratedRegex(@"\p{L}*(\p{L})\1\1\p{L}*")]
    private static partial Regex Stretched();
}
