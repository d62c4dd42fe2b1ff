namespace Discourse.Corpus.Records;

/// <summary>A violation found while reading or checking the corpus, with where it is.</summary>
public sealed record CorpusProblem(CorpusLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
