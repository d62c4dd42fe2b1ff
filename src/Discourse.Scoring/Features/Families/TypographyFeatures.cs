using System.Text.RegularExpressions;

namespace Discourse.Scoring.Features.Families;

/// <summary>How the reply is typed: capitals, punctuation runs, scare quotes, "[sic]", "/s", length.</summary>
public sealed partial class TypographyFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "caps.share", "caps.words", "exclamation.count", "punctuation.longestRun", "ellipsis.count", "scareQuotes.count",
        "sic.present", "sarcasmTag.present", "length.words", "emphasis.count",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var raw = pair.Reply.Raw;
        var letters = raw.Count(char.IsLetter);
        values[0] = letters == 0 ? 0f : (float)raw.Count(char.IsUpper) / letters;
        values[1] = CapsWord().Matches(raw).Count;
        values[2] = raw.Count(c => c == '!');
        values[3] = LongestPunctuationRun(raw);
        values[4] = Ellipsis().Matches(raw).Count;
        values[5] = ScareQuote().Matches(raw).Count + SingleScareQuote().Matches(raw).Count;
        values[6] = FeatureMath.Flag(raw.Contains("[sic]", StringComparison.OrdinalIgnoreCase) || raw.Contains("(sic)", StringComparison.OrdinalIgnoreCase));
        values[7] = FeatureMath.Flag(SarcasmTag().IsMatch(raw));
        values[8] = FeatureMath.Log(pair.Reply.WordCount);
        values[9] = Emphasis().Matches(raw).Count;
    }

    private static int LongestPunctuationRun(string raw)
    {
        int best = 0, run = 0;
        foreach (var c in raw)
        {
            run = c is '!' or '?' ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }

    [GeneratedRegex(@"\b[A-Z]{3,}\b")]
    private static partial Regex CapsWord();

    [GeneratedRegex(@"\.{3,}|\u2026")]
    private static partial Regex Ellipsis();

    // One to three words in straight or curly double quotes, the marks hugging the words: "experts", “peace process”.
    [GeneratedRegex(@"(?<!\w)[""\u201C][\p{L}][\p{L}'\u2019\-]*(?:\s[\p{L}'\u2019\-]+){0,2}(?<=\p{L})[""\u201D](?!\w)")]
    private static partial Regex ScareQuote();

    // The same in single quotes, 'Google.' or ‘experts’, a full stop or comma allowed inside and the first word at
    // least two letters long (so 'n' in "rock 'n' roll" is no quotation). No apostrophe may sit inside the words and
    // the opening mark may not follow a letter or an apostrophe, so contractions and possessives ("don't … it's",
    // "the Jones' car") never pair up into a quotation.
    [GeneratedRegex(@"(?<![\w'\u2019])['\u2018]\p{L}{2}[\p{L}\-]*(?:\s[\p{L}\-]+){0,2}(?<=\p{L})[.,!?]?['\u2019](?!\w)")]
    private static partial Regex SingleScareQuote();

    [GeneratedRegex(@"(^|\s)/s\b")]
    private static partial Regex SarcasmTag();

    [GeneratedRegex(@"\*\w[^*]{0,30}\*|_\w[^_]{0,30}_")]
    private static partial Regex Emphasis();
}
