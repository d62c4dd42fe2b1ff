using Discourse.Scoring.Features.Lexicon;

namespace Discourse.Scoring.Features.Families;

/// <summary>Questions: how many, whether the reply ends on one, rhetorical versus information-seeking markers.</summary>
public sealed class QuestionFeatures : IFeatureFamily
{
    private static readonly PhraseList WhOpeners = new("who", "what", "why", "how", "when", "where", "which", "is", "are", "do", "does", "did", "can", "could", "would", "should");

    public IReadOnlyList<string> Names { get; } =
    [
        "question.marks", "question.endsWith", "question.share", "question.rhetorical", "question.information",
        "question.opensWh", "question.parentAsks",
    ];

    public void Write(ReplyPair pair, Span<float> values)
    {
        var raw = pair.Reply.Raw;
        var marks = raw.Count(c => c == '?');
        var sentences = Math.Max(1, raw.Count(c => c is '.' or '!' or '?'));
        values[0] = marks;
        values[1] = FeatureMath.Flag(raw.TrimEnd().EndsWith('?'));
        values[2] = Math.Min(1f, (float)marks / sentences);
        values[3] = ArgumentMarkers.RhetoricalQuestion.Count(pair.Reply.Tokens);
        values[4] = ArgumentMarkers.InformationQuestion.Count(pair.Reply.Tokens);
        values[5] = FeatureMath.Flag(WhOpeners.OpensWith(pair.Reply.Tokens));
        values[6] = FeatureMath.Flag(pair.Parent.Raw.Contains('?'));
    }
}
