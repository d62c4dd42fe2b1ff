using Discourse.Core.Scores;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Checks;

/// <summary>
/// Validates a corpus against the codebook: schema, labels, heat ranges, lengths, thread links, the split,
/// duplicates and the quotas. Every violation names the file and line.
/// </summary>
public sealed class CorpusChecker(CorpusQuotas quotas)
{
    public CorpusCheckResult Check(LabelledCorpus corpus)
    {
        var violations = new List<CorpusProblem>(corpus.Problems);
        violations.AddRange(UniqueIds(corpus.Items));
        violations.AddRange(corpus.Items.SelectMany(ItemRules));
        violations.AddRange(SplitByGroup(corpus.Items));
        violations.AddRange(new ThreadRules(quotas).Check(corpus));
        violations.AddRange(new DuplicateFinder(quotas).Find(corpus.Items));
        var statistics = CorpusStatistics.Of(corpus);
        violations.AddRange(Quotas(corpus, statistics));
        return new CorpusCheckResult(violations, statistics);
    }

    private static IEnumerable<CorpusProblem> UniqueIds(IReadOnlyList<LabelledReply> items)
    {
        var seen = new Dictionary<string, LabelledReply>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(item.Id, item))
            {
                yield return new(item.Location, $"id '{item.Id}' already used at {seen[item.Id].Location}");
            }
        }
    }

    private IEnumerable<CorpusProblem> ItemRules(LabelledReply item)
    {
        var words = Checks.TextNormalizer.WordCount(item.Text);
        if (words < quotas.MinWords || words > quotas.MaxWords)
        {
            yield return new(item.Location, $"reply has {words} words, expected {quotas.MinWords} to {quotas.MaxWords}");
        }

        var (low, high) = HeatRange(item.Tone);
        if (item.Heat < low || item.Heat > high)
        {
            yield return new(item.Location, $"heat {item.Heat:0.00} outside the {item.Tone.Name()} range {low:0.00}–{high:0.00}");
        }
    }

    /// <summary>The heat a tone may carry, from the codebook.</summary>
    public static (double Low, double High) HeatRange(Tone tone) => tone switch
    {
        Tone.Civil => (0.0, 0.40),
        Tone.Snarky => (0.25, 0.75),
        _ => (0.55, 1.0),
    };

    private static IEnumerable<CorpusProblem> SplitByGroup(IReadOnlyList<LabelledReply> items)
    {
        foreach (var group in items.Where(i => i.Group.Length > 0).GroupBy(i => i.Group, StringComparer.Ordinal))
        {
            var first = group.First();
            var other = group.FirstOrDefault(i => i.Split != first.Split);
            if (other is not null)
            {
                yield return new(other.Location, $"group '{group.Key}' is on both sides of the split (see {first.Location})");
            }
        }
    }

    private IEnumerable<CorpusProblem> Quotas(LabelledCorpus corpus, CorpusStatistics statistics)
    {
        var where = new CorpusLocation(".", 0);
        if (statistics.Pairs < quotas.MinPairs)
        {
            yield return new(where, $"{statistics.Pairs} pairs, expected at least {quotas.MinPairs}");
        }

        if (statistics.Threads < quotas.MinThreads)
        {
            yield return new(where, $"{statistics.Threads} labelled threads, expected at least {quotas.MinThreads}");
        }

        foreach (var stance in Enum.GetValues<Stance>().Where(s => statistics.Share(s) < quotas.MinStanceShare))
        {
            yield return new(where, $"stance '{stance.Name()}' is {statistics.Share(stance):P1} of items, expected at least {quotas.MinStanceShare:P0}");
        }

        foreach (var tone in Enum.GetValues<Tone>().Where(t => statistics.Share(t) < quotas.MinToneShare))
        {
            yield return new(where, $"tone '{tone.Name()}' is {statistics.Share(tone):P1} of items, expected at least {quotas.MinToneShare:P0}");
        }

        if (corpus.Items.Count > 0 && !corpus.Items.Any(i => i.Split == CorpusSplit.Dev))
        {
            yield return new(where, "no item is in the dev split");
        }
    }
}
