namespace Discourse.Corpus.Records;

/// <summary>A file and 1-based line in the corpus folder.</summary>
public sealed record CorpusLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
