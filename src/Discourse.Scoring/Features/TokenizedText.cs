using System.Text;

namespace Discourse.Scoring.Features;

/// <summary>A text split into lower-case word tokens (letters, digits, inner apostrophes), with its raw form kept.</summary>
public sealed class TokenizedText
{
    public TokenizedText(string? text)
    {
        Raw = text ?? "";
        Tokens = Tokenize(Raw);
    }

    public string Raw { get; }
    public IReadOnlyList<string> Tokens { get; }
    public int WordCount => Tokens.Count;

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isApostrophe = c is '\'' or '\u2019';
            if (char.IsLetterOrDigit(c) || (isApostrophe && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                current.Append(isApostrophe ? '\'' : char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
