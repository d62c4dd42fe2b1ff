using System.Text.RegularExpressions;
using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>
/// How the reply's evaluation lines up with the parent's: both negative reads as piling on (agreement against a
/// third party), negative words next to the parent's own words as criticism of what the parent said, and the
/// parent's words put back in quotation marks as an echo that mocks them.
/// </summary>
public sealed partial class PolarityFeatures : IFeatureFamily
{
    public IReadOnlyList<string> Names { get; } =
    [
        "parent.negativeDensity", "parent.positiveDensity", "polarity.product", "polarity.bothNegative",
        "negative.nearParentWord", "parent.echoQuoted",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var reply = pair.Reply.Tokens;
        var parent = pair.Parent.Tokens;
        var parentNegative = Negatives(parent).Count;
        var parentPositive = EvaluativeWords.Positive.Count(parent);
        var replyNegative = Negatives(reply);
        var replyPositive = EvaluativeWords.Positive.Count(reply);
        var parentTilt = FeatureMath.Density(parentNegative - parentPositive, parent.Count);
        var replyTilt = FeatureMath.Density(replyNegative.Count - replyPositive, reply.Count);
        values[0] = FeatureMath.Density(parentNegative, parent.Count);
        values[1] = FeatureMath.Density(parentPositive, parent.Count);
        values[2] = Math.Clamp(10f * parentTilt * replyTilt, -1f, 1f);
        values[3] = FeatureMath.Flag(parentTilt > 0 && replyTilt > 0);
        var parentWords = parent.ToHashSet(StringComparer.Ordinal);

        // The parent's own words in the reply, other than the negative words themselves (repeating "corrupt" agrees).
        var echoes = Enumerable.Range(0, reply.Count).Where(i => reply[i].Length > 3 && parentWords.Contains(reply[i])).Except(replyNegative);
        values[4] = FeatureMath.Flag(FeatureMath.Near(replyNegative, echoes, 3));
        values[5] = Quoted().Matches(pair.Reply.Raw)
            .Count(m => TokenizedText.Tokenize(m.Groups[1].Value) is { Count: > 0 } words && words.All(w => EchoesParent(w, parentWords)));
    }

    // A quoted word echoes the parent when the parent used it, or used a longer word containing it ("party" in "afterparty").
    private static bool EchoesParent(string word, HashSet<string> parentWords) =>
        parentWords.Contains(word) || (word.Length >= 4 && parentWords.Any(p => p.Length > word.Length && p.Contains(word, StringComparison.Ordinal)));

    private static List<int> Negatives(IReadOnlyList<string> tokens) =>
        EvaluativeWords.Negative.Positions(tokens).Concat(IncivilityMarkers.Insults.Positions(tokens)).Distinct().ToList();

    // One to three words in straight or curly double quotes, the marks hugging the words ("party", “don’t care”).
    [GeneratedRegex(@"(?<!\w)[""\u201C]([\p{L}][\p{L}'\u2019\-]*(?:\s[\p{L}'\u2019\-]+){0,2})(?<=\p{L})[""\u201D](?!\w)")]
    private static partial Regex Quoted();
}
