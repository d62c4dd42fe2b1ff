using System.Text.RegularExpressions;

namespace Discourse.Readers.Copied;

/// <summary>
/// Weighs the evidence that one comment answers another: it quotes the other's words, the authors alternate as in
/// the exchange so far, it follows the other directly, it names the other's author, they share distinctive words;
/// answering oneself counts against. Each finding is kept as a sentence for the link's evidence.
/// </summary>
public static partial class ReplyEvidence
{
    public const double QuotePhrase = 3.0;
    public const double QuoteWord = 1.0;
    public const double SameAuthor = -3.0;
    public const double Alternation = 2.0;
    public const double DirectlyFollows = 1.0;
    public const double NamesAuthor = 1.5;
    public const double AlreadyAnswered = -1.5;
    public const double SharedWord = 0.25;
    public const double SharedWordsCap = 1.0;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "there", "their", "these", "those", "which", "where", "while", "would", "could",
        "should", "being", "other", "really", "think", "because", "every", "never", "still", "since", "thing", "things",
    };

    /// <summary>The weight of evidence that <paramref name="reply"/> answers <paramref name="candidate"/>.</summary>
    public static (double Score, List<string> Evidence) Weigh(
        IndentedComment reply, IndentedComment candidate, IndentedComment? candidateParent, bool directlyFollows, bool alreadyAnswered)
    {
        var score = 0.0;
        var evidence = new List<string>();
        // Only the candidate's own words count: a phrase it merely quoted points further back.
        var candidateText = Normalize(OwnWords(candidate.Text));
        foreach (var quote in Quotes(reply.Text))
        {
            var normalized = Normalize(quote);
            if (normalized.Length > 0 && candidateText.Contains(normalized, StringComparison.Ordinal))
            {
                var phrase = normalized.Contains(' ');
                score += phrase ? QuotePhrase : QuoteWord;
                evidence.Add($"quotes “{Shorten(quote)}” from {candidate.Author}");
            }
        }

        if (SameName(reply.Author, candidate.Author))
        {
            score += SameAuthor;
            evidence.Add($"would answer its own author ({reply.Author})");
        }
        else if (candidateParent is not null && SameName(reply.Author, candidateParent.Author))
        {
            score += Alternation;
            evidence.Add($"authors alternate ({reply.Author} → {candidate.Author} → {reply.Author})");
        }

        if (alreadyAnswered)
        {
            score += AlreadyAnswered;
            evidence.Add($"{reply.Author} already answered {candidate.Author}'s comment");
        }

        if (directlyFollows)
        {
            score += DirectlyFollows;
            evidence.Add($"directly follows {candidate.Author}'s comment");
        }

        if (!SameName(reply.Author, candidate.Author) && Names(reply.Text, candidate.Author))
        {
            score += NamesAuthor;
            evidence.Add($"names {candidate.Author}");
        }

        var shared = ContentWords(reply.Text).Intersect(ContentWords(candidate.Text)).Order(StringComparer.Ordinal).ToList();
        if (shared.Count > 0)
        {
            score += Math.Min(SharedWordsCap, shared.Count * SharedWord);
            evidence.Add($"shares words ({string.Join(", ", shared.Take(4))})");
        }

        return (score, evidence);
    }

    /// <summary>Passages in quotation marks or on "&gt;" lines.</summary>
    public static IEnumerable<string> Quotes(string text)
    {
        foreach (Match m in QuotedPassage().Matches(text))
        {
            yield return m.Groups["q"].Value;
        }

        foreach (var line in text.Split('\n').Where(l => l.TrimStart().StartsWith('>')))
        {
            yield return line.TrimStart().TrimStart('>');
        }
    }

    /// <summary>The text without its quoted passages.</summary>
    public static string OwnWords(string text)
    {
        var unquoted = QuotedPassage().Replace(text, " ");
        return string.Join('\n', unquoted.Split('\n').Where(l => !l.TrimStart().StartsWith('>')));
    }

    /// <summary>Lower-case words only: quoting survives "[sic]", changed punctuation and spacing.</summary>
    public static string Normalize(string text)
    {
        var words = Word().Matches(text.Replace("[sic]", " ", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.Value.ToLowerInvariant());
        return string.Join(' ', words);
    }

    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 5 && !StopWords.Contains(w)).ToHashSet();

    private static bool Names(string text, string author)
    {
        if (author.Length < 3)
        {
            return false;
        }

        var first = author.Split(' ', 2)[0];
        return Regex.IsMatch(text, $@"\b({Regex.Escape(author)}|{Regex.Escape(first)})\b", RegexOptions.IgnoreCase)
            && (first.Length >= 3);
    }

    private static bool SameName(string a, string b) => a.Length > 0 && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string quote) => quote.Length <= 40 ? quote : quote[..39] + "…";

    [GeneratedRegex("[“\"](?<q>[^”\"\n]{2,300})[”\"]")]
    private static partial Regex QuotedPassage();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();
}
