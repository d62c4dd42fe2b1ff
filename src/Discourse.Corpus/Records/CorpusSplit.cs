namespace Discourse.Corpus.Records;

/// <summary>Which side of the fixed train/dev split an item is on.</summary>
public enum CorpusSplit
{
    Train,
    Dev,
}
