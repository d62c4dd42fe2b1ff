namespace Discourse.Corpus.Checks;

/// <summary>The numbers our corpus promises (see the codebook); a check fails when one is not met.</summary>
public sealed record CorpusQuotas
{
    public static CorpusQuotas Shipped { get; } = new();

    /// <summary>Quotas that only check labels and links, for small corpora such as a user's own threads.</summary>
    public static CorpusQuotas LabelsOnly { get; } = new()
    {
        MinPairs = 0,
        MinThreads = 0,
        MinStanceShare = 0,
        MinToneShare = 0,
        MinThreadSize = 1,
        MaxThreadSize = int.MaxValue,
    };

    public int MinPairs { get; init; } = 4000;
    public int MinThreads { get; init; } = 40;
    public int MinThreadSize { get; init; } = 8;
    public int MaxThreadSize { get; init; } = 60;
    public double MinStanceShare { get; init; } = 0.20;
    public double MinToneShare { get; init; } = 0.15;
    public int MinWords { get; init; } = 3;
    public int MaxWords { get; init; } = 200;

    /// <summary>Word-trigram Jaccard similarity from which two replies count as near duplicates.</summary>
    public double NearDuplicateSimilarity { get; init; } = 0.7;

    /// <summary>Replies shorter than this are allowed to repeat ("source?", "this.") and are not compared.</summary>
    public int MinWordsForDuplicate { get; init; } = 8;
}
