using System.Text;

namespace Discourse.Corpus.Checks;

/// <summary>Lower-cased words without punctuation: the form in which texts are compared for duplicates.</summary>
public static class TextNormalizer
{
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch == '\'' || ch == '’')
            {
                current.Append(char.ToLowerInvariant(ch == '’' ? '\'' : ch));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    public static string Key(string text) => string.Join(' ', Words(text));

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
