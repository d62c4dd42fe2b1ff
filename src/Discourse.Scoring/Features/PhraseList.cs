namespace Discourse.Scoring.Features;

/// <summary>
/// A word list of single words or multi-word phrases, matched on token boundaries. A word ending in <c>*</c>
/// matches any token that starts with it ("fuck*" matches "fucking"). Phrases are indexed by their first word, so
/// a lookup costs one hash probe per token plus a scan of the wildcard first words, however long the list.
/// </summary>
public sealed class PhraseList
{
    // A letter the tokenizer keeps inside a word, standing in for '*' while a phrase is tokenized.
    private const string WildcardLetter = "\u01C2";

    private readonly Dictionary<string, string[][]> byFirstWord;
    private readonly (string Prefix, string[][] Phrases)[] byFirstPrefix;

    public PhraseList(params string[] entries)
    {
        var phrases = entries.Select(e => TokenizedText.Tokenize(e.Replace("*", WildcardLetter)).Select(Unmark).ToArray())
            .Where(p => p.Length > 0)
            .Distinct(PhraseComparer.Instance)
            .ToArray();
        Size = phrases.Length;
        byFirstWord = phrases.Where(p => !p[0].EndsWith('*'))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        byFirstPrefix = phrases.Where(p => p[0].EndsWith('*'))
            .GroupBy(p => p[0][..^1], StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToArray()))
            .ToArray();
    }

    /// <summary>The number of distinct phrases in the list.</summary>
    public int Size { get; }

    /// <summary>How many times any phrase occurs in the tokens (two phrases starting at one token count twice).</summary>
    public int Count(IReadOnlyList<string> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            count += MatchesAt(tokens, i);
        }

        return count;
    }

    /// <summary>Whether a phrase starts within the first <paramref name="window"/> tokens.</summary>
    public bool OpensWith(IReadOnlyList<string> tokens, int window = 1)
    {
        for (var i = 0; i < Math.Min(window, tokens.Count); i++)
        {
            if (MatchesAt(tokens, i) > 0)
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
            if (MatchesAt(tokens, i) > 0)
            {
                yield return i;
            }
        }
    }

    /// <summary>How many phrases start at token <paramref name="start"/>.</summary>
    private int MatchesAt(IReadOnlyList<string> tokens, int start)
    {
        var token = tokens[start];
        var count = 0;
        if (byFirstWord.TryGetValue(token, out var exact))
        {
            count += exact.Count(p => RestMatches(tokens, start, p));
        }

        foreach (var (prefix, phrases) in byFirstPrefix)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                count += phrases.Count(p => RestMatches(tokens, start, p));
            }
        }

        return count;
    }

    private static bool RestMatches(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
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

    private sealed class PhraseComparer : IEqualityComparer<string[]>
    {
        public static readonly PhraseComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(' ', obj).GetHashCode(StringComparison.Ordinal);
    }
}
