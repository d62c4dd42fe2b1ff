namespace Discourse.Corpus.Records;

/// <summary>Everything read from a corpus folder, with the problems met while reading it.</summary>
public sealed record LabelledCorpus(
    string Root,
    IReadOnlyList<LabelledReply> Items,
    IReadOnlyList<ThreadMeta> Threads,
    IReadOnlyList<CorpusProblem> Problems)
{
    public IEnumerable<LabelledReply> Pairs => Items.Where(i => !i.IsThreadComment);
    public IEnumerable<LabelledReply> ThreadComments => Items.Where(i => i.IsThreadComment);
    public IEnumerable<LabelledReply> InSplit(CorpusSplit split) => Items.Where(i => i.Split == split);
}
