namespace Discourse.Scoring.Features;

/// <summary>
/// A word list of single words or multi-word phrases, matched on token boundaries. A word ending in <c>*</c>
/// matches any token that starts with it ("fuck*" matches "fucking").
/// </summary>
public sealed class PhraseList
{
    // A letter the tokenizer keeps inside a word, standing in for '*' while a phrase is tokenized.
    private const string WildcardLetter = "\u01C2";

    private readonly string[][] phrases;

    public PhraseList(params string[] entries)
    {
        phrases = entries.Select(e => TokenizedText.Tokenize(e.Replace("*", WildcardLetter)).Select(Unmark).ToArray())
            .Where(p => p.Length > 0)
            .ToArray();
    }

    public int Size => phrases.Length;

    /// <summary>How many times any phrase occurs in the tokens.</summary>
    public int Count(IReadOnlyList<string> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            count += phrases.Count(p => MatchesAt(tokens, i, p));
        }

        return count;
    }

    /// <summary>Whether a phrase starts within the first <paramref name="window"/> tokens.</summary>
    public bool OpensWith(IReadOnlyList<string> tokens, int window = 1)
    {
        for (var i = 0; i < Math.Min(window, tokens.Count); i++)
        {
            if (phrases.Any(p => MatchesAt(tokens, i, p)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token positions where a phrase starts.</summary>
    public IEnumerable<int> Positions(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (phrases.Any(p => MatchesAt(tokens, i, p)))
            {
                yield return i;
            }
        }
    }

    private static bool MatchesAt(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var word = phrase[k];
            var token = tokens[start + k];
            var matches = word.EndsWith('*') ? token.StartsWith(word[..^1], StringComparison.Ordinal) : token == word;
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static string Unmark(string token) => token.Replace(WildcardLetter, "*");
}
