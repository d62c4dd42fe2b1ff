using System.Text.RegularExpressions;
using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>
/// Offensive content beyond name-calling: sexual and violent vocabulary, identity groups (and groups spoken of in
/// negative or insulting words), dismissal, mocking laughter and emoji, censored swearing, stretched words, slurs and
/// derogatory group labels; plus yes/no flags for insults and profanity, which a single occurrence should switch on
/// however long the reply.
/// </summary>
public sealed partial class OffenceFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "insult.present", "profanity.present", "sexual.count", "violence.count", "violence.targeted", "group.count",
        "group.nearNegative", "dismissal.count", "laughter.count", "mockEmoji.count", "censored.count", "stretched.count",
        "offence.total", "slur.count",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var tokens = pair.Reply.Tokens;
        var raw = pair.Reply.Raw;
        var insults = IncivilityMarkers.Insults.Positions(tokens).ToList();
        var profanity = IncivilityMarkers.Profanity.Positions(tokens).ToList();
        var sexual = OffenceMarkers.Sexual.Count(tokens);
        var slurs = OffenceMarkers.Slurs.Count(tokens);
        var violence = OffenceMarkers.Violence.Positions(tokens).ToList();
        var groups = OffenceMarkers.Groups.Positions(tokens).ToList();
        var targets = OffenceMarkers.Targets.Positions(tokens).Concat(groups);

        // A word on both lists ("disabled", "thugs") is not a group spoken of in negative words by itself.
        var negative = EvaluativeWords.Negative.Positions(tokens).Concat(insults).Concat(profanity).Except(groups);
        var dismissal = OffenceMarkers.Dismissal.Count(tokens);
        var laughter = OffenceMarkers.Laughter.Count(tokens);
        var emoji = MockEmoji().Matches(raw).Count;
        var censored = Censored().Matches(raw).Count;
        values[0] = FeatureMath.Flag(insults.Count > 0);
        values[1] = FeatureMath.Flag(profanity.Count > 0);
        values[2] = FeatureMath.Log(sexual);
        values[3] = FeatureMath.Log(violence.Count);
        values[4] = FeatureMath.Flag(FeatureMath.Near(violence, targets, 3));
        values[5] = FeatureMath.Log(groups.Count);
        values[6] = FeatureMath.Flag(FeatureMath.Near(groups, negative, 3));
        values[7] = FeatureMath.Log(dismissal);
        values[8] = FeatureMath.Log(laughter);
        values[9] = FeatureMath.Log(emoji);
        values[10] = FeatureMath.Log(censored);
        values[11] = FeatureMath.Log(Stretched().Matches(raw).Count);
        values[12] = FeatureMath.Log(insults.Count + profanity.Count + sexual + violence.Count + dismissal + laughter + emoji + censored + slurs);
        values[13] = FeatureMath.Log(slurs);
    }

    // Eye-roll, clown, crying-laughing, rolling-on-the-floor, middle finger, pile of poo, face with symbols.
    [GeneratedRegex("\U0001F644|\U0001F921|\U0001F602|\U0001F923|\U0001F595|\U0001F4A9|\U0001F92C")]
    private static partial Regex MockEmoji();

    // Swearing with letters masked: a short start, asterisks, any rest (f*ck, sh*t, f**king, a**, c***), and the
    // common forms with symbols for letters (a$$, sh!t, b!tch). Emails, "**bold**" and "Wow!That" do not match.
    [GeneratedRegex(@"(?<![\w*@.])[a-zA-Z]{1,3}\*+[a-zA-Z]*(?![\w*@])|(?<!\w)(?:a\$\$|sh[!1]t|b[!1]tch|f[@#]ck)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Censored();

    // A letter repeated three or more times inside a word: "riiiight", "HMMMMM", "sooooo".
    [GeneratedRegex(@"\p{L}*(\p{L})\1\1\p{L}*")]
    private static partial Regex Stretched();
}
