using Discourse.Core.Threads;

namespace Discourse.Scoring.Features.Families;

/// <summary>
/// How the reply relates to its parent: quoting it, shared content words, relative length, whether the parent is a post.
/// </summary>
public sealed class ParentRelationFeatures : IFeatureFamily
{
    private const int QuoteGram = 4;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "were", "be", "been", "it",
        "that", "this", "with", "as", "at", "by", "from", "but", "not", "no", "i", "you", "he", "she", "they", "we",
        "his", "her", "their", "our", "your", "my", "its", "have", "has", "had", "do", "does", "did", "so", "if",
        "what", "which", "who", "there", "just", "about", "than", "then", "them", "would", "will", "can", "all",
    };

    public IReadOnlyList<string> Names { get; } =
    [
        "parent.empty", "parent.quoted", "parent.overlap", "parent.overlapOfReply", "parent.lengthRatio",
        "parent.words", "reply.quoteLines", "parent.post",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var reply = pair.Reply.Tokens;
        var parent = pair.Parent.Tokens;
        var replyWords = ContentWords(reply);
        var parentWords = ContentWords(parent);
        var shared = replyWords.Count(parentWords.Contains);
        var union = replyWords.Count + parentWords.Count - shared;
        values[0] = FeatureMath.Flag(parent.Count == 0);
        values[1] = FeatureMath.Flag(SharesGram(reply, parent));
        values[2] = union == 0 ? 0f : (float)shared / union;
        values[3] = replyWords.Count == 0 ? 0f : (float)shared / replyWords.Count;
        values[4] = MathF.Log((1f + reply.Count) / (1f + parent.Count));
        values[5] = FeatureMath.Log(parent.Count);
        values[6] = pair.Reply.Raw.Split('\n').Count(l => l.TrimStart().StartsWith('>'));

        // A post as parent (codebook §1 rule 9): answers, advice and stories under a post take no side.
        values[7] = FeatureMath.Flag(pair.Parent.Raw.TrimStart().StartsWith(ThreadInfo.PostTitlePrefix, StringComparison.Ordinal));
    }

    private static HashSet<string> ContentWords(IReadOnlyList<string> tokens) =>
        tokens.Where(t => t.Length > 2 && !StopWords.Contains(t)).ToHashSet(StringComparer.Ordinal);

    private static bool SharesGram(IReadOnlyList<string> reply, IReadOnlyList<string> parent)
    {
        if (reply.Count < QuoteGram || parent.Count < QuoteGram)
        {
            return false;
        }

        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + QuoteGram <= parent.Count; i++)
        {
            grams.Add(string.Join(' ', parent.Skip(i).Take(QuoteGram)));
        }

        for (var i = 0; i + QuoteGram <= reply.Count; i++)
        {
            if (grams.Contains(string.Join(' ', reply.Skip(i).Take(QuoteGram))))
            {
                return true;
            }
        }

        return false;
    }
}
