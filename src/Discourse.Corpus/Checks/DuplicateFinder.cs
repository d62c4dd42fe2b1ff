using Discourse.Corpus.Records;

namespace Discourse.Corpus.Checks;

/// <summary>
/// Finds exact duplicates (the same parent and reply) and near duplicates (replies whose word trigrams overlap
/// by at least the quota's Jaccard similarity), through an inverted index of trigrams so the corpus is not
/// compared pair by pair.
/// </summary>
public sealed class DuplicateFinder(CorpusQuotas quotas)
{
    private const int CommonShingle = 40;

    public IEnumerable<CorpusProblem> Find(IReadOnlyList<LabelledReply> items)
    {
        foreach (var problem in ExactDuplicates(items))
        {
            yield return problem;
        }

        foreach (var problem in NearDuplicates(items))
        {
            yield return problem;
        }
    }

    private static IEnumerable<CorpusProblem> ExactDuplicates(IReadOnlyList<LabelledReply> items)
    {
        var seen = new Dictionary<string, LabelledReply>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = TextNormalizer.Key(item.Parent) + "\u0001" + TextNormalizer.Key(item.Text);
            if (seen.TryGetValue(key, out var first))
            {
                yield return new(item.Location, $"exact duplicate of {first.Id} ({first.Location}){AcrossSplit(first, item)}");
            }
            else
            {
                seen[key] = item;
            }
        }
    }

    private IEnumerable<CorpusProblem> NearDuplicates(IReadOnlyList<LabelledReply> items)
    {
        var shingles = items.Select(i => Shingles(i.Text)).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var s in shingles[i])
            {
                if (!index.TryGetValue(s, out var list))
                {
                    index[s] = list = [];
                }

                list.Add(i);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (shingles[i].Count == 0)
            {
                continue;
            }

            var shared = new Dictionary<int, int>();
            foreach (var s in shingles[i])
            {
                var postings = index[s];
                if (postings.Count > CommonShingle)
                {
                    continue;
                }

                foreach (var j in postings)
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared.OrderBy(p => p.Key))
            {
                var similarity = (double)count / (shingles[i].Count + shingles[j].Count - count);
                if (similarity >= quotas.NearDuplicateSimilarity)
                {
                    yield return new(
                        items[j].Location,
                        $"near duplicate ({similarity:0.00}) of {items[i].Id} ({items[i].Location}){AcrossSplit(items[i], items[j])}");
                }
            }
        }
    }

    private HashSet<string> Shingles(string text)
    {
        var words = TextNormalizer.Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count < quotas.MinWordsForDuplicate)
        {
            return set;
        }

        for (var i = 0; i + 2 < words.Count; i++)
        {
            set.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
        }

        return set;
    }

    private static string AcrossSplit(LabelledReply a, LabelledReply b) =>
        a.Split != b.Split ? ", across the train/dev split" : "";
}
