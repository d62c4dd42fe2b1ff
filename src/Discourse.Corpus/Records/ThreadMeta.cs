namespace Discourse.Corpus.Records;

/// <summary>One labelled thread's header from <c>threads.meta.jsonl</c>.</summary>
public sealed record ThreadMeta(string ThreadId, string Title, string Article, string Shape, CorpusSplit Split, string Topic)
{
    public CorpusLocation Location { get; init; } = new("", 0);
}
