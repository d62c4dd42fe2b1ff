using Discourse.Scoring.Features.Families;

namespace Discourse.Scoring.Features;

/// <summary>
/// All our discourse features of a (parent, reply) pair as one float vector, in a fixed order of named values.
/// </summary>
public static class DiscourseFeatureExtractor
{
    /// <summary>The vector length; a test checks that it equals the number of names.</summary>
    public const int Count = 90;

    public static readonly IReadOnlyList<IFeatureFamily> Families =
    [
        new StanceMarkerFeatures(),
        new NegationContrastFeatures(),
        new QuestionFeatures(),
        new AddressFeatures(),
        new PolitenessFeatures(),
        new IncivilityFeatures(),
        new OffenceFeatures(),
        new EvaluationFeatures(),
        new TypographyFeatures(),
        new ParentRelationFeatures(),
        new PolarityFeatures(),
    ];

    public static IReadOnlyList<string> Names { get; } = Families.SelectMany(f => f.Names).ToList();

    public static float[] Extract(string? parent, string? text)
    {
        var pair = new ReplyPair(parent, text);
        var values = new float[Count];
        var offset = 0;
        foreach (var family in Families)
        {
            family.Write(pair, values.AsSpan(offset, family.Names.Count));
            offset += family.Names.Count;
        }

        return values;
    }
}
