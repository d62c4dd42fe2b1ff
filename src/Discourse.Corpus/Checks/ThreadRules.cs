using Discourse.Corpus.Records;

namespace Discourse.Corpus.Checks;

/// <summary>Checks labelled threads: a header per thread, sizes, parent links in order, parent texts, one split.</summary>
public sealed class ThreadRules(CorpusQuotas quotas)
{
    public IEnumerable<CorpusProblem> Check(LabelledCorpus corpus)
    {
        var meta = new Dictionary<string, ThreadMeta>(StringComparer.Ordinal);
        foreach (var header in corpus.Threads)
        {
            if (!meta.TryAdd(header.ThreadId, header))
            {
                yield return new(header.Location, $"thread '{header.ThreadId}' has two headers");
            }
        }

        var threads = corpus.ThreadComments.GroupBy(c => c.ThreadId!, StringComparer.Ordinal).ToList();
        foreach (var header in meta.Values.Where(h => threads.All(t => t.Key != h.ThreadId)))
        {
            yield return new(header.Location, $"thread '{header.ThreadId}' has a header but no comments");
        }

        foreach (var thread in threads)
        {
            foreach (var problem in CheckThread(thread.ToList(), meta.GetValueOrDefault(thread.Key)))
            {
                yield return problem;
            }
        }
    }

    private IEnumerable<CorpusProblem> CheckThread(List<LabelledReply> comments, ThreadMeta? header)
    {
        var first = comments[0];
        var isSeed = first.ThreadId!.StartsWith("seed-", StringComparison.Ordinal);
        if (header is null && !isSeed)
        {
            yield return new(first.Location, $"thread '{first.ThreadId}' has no line in {Reading.CorpusReader.ThreadMetaFile}");
        }

        if (!isSeed && (comments.Count < quotas.MinThreadSize || comments.Count > quotas.MaxThreadSize))
        {
            yield return new(first.Location, $"thread '{first.ThreadId}' has {comments.Count} comments, expected {quotas.MinThreadSize} to {quotas.MaxThreadSize}");
        }

        var earlier = new Dictionary<string, LabelledReply>(StringComparer.Ordinal);
        foreach (var comment in comments)
        {
            if (header is not null && comment.Split != header.Split)
            {
                yield return new(comment.Location, $"comment is in {comment.Split} but its thread is in {header.Split}");
            }

            if (comment.ParentId is { } parentId)
            {
                if (!earlier.TryGetValue(parentId, out var parent))
                {
                    yield return new(comment.Location, $"parentId '{parentId}' is not an earlier comment of thread '{comment.ThreadId}'");
                }
                else if (parent.Text != comment.Parent)
                {
                    yield return new(comment.Location, $"'parent' differs from the text of comment {parentId}");
                }
            }
            else if (header is not null && comment.Parent != header.Article)
            {
                yield return new(comment.Location, "a top-level comment's 'parent' must be its thread's article");
            }

            earlier[comment.Id] = comment;
        }
    }
}
