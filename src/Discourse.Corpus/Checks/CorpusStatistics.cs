using Discourse.Core.Scores;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Checks;

/// <summary>Label, heat and length distributions of a corpus, overall and by split.</summary>
public sealed record CorpusStatistics(
    int Pairs,
    int ThreadComments,
    int Threads,
    IReadOnlyDictionary<CorpusSplit, int> BySplit,
    IReadOnlyDictionary<Stance, int> ByStance,
    IReadOnlyDictionary<Tone, int> ByTone,
    IReadOnlyDictionary<Tone, double> MeanHeatByTone,
    IReadOnlyDictionary<string, int> ByLength,
    IReadOnlyDictionary<string, int> ByTopic,
    IReadOnlyDictionary<string, int> ByRegister,
    IReadOnlyDictionary<string, int> ByHardCase,
    IReadOnlyDictionary<string, int> ByShape)
{
    public static readonly (int Max, string Name)[] LengthBuckets =
        [(11, "3–11 words"), (50, "12–50 words"), (120, "51–120 words"), (int.MaxValue, "121+ words")];

    public int Items => Pairs + ThreadComments;

    public static CorpusStatistics Of(LabelledCorpus corpus)
    {
        var items = corpus.Items;
        return new CorpusStatistics(
            corpus.Pairs.Count(),
            corpus.ThreadComments.Count(),
            corpus.Threads.Count,
            Count(items, i => i.Split),
            Count(items, i => i.Stance),
            Count(items, i => i.Tone),
            items.GroupBy(i => i.Tone).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Average(i => i.Heat)),
            Count(items, i => LengthBuckets.First(b => TextNormalizer.WordCount(i.Text) <= b.Max).Name),
            Count(items, i => i.Topic),
            Count(items, i => i.Register),
            Count(items, i => i.Hard),
            Count(corpus.Threads, t => t.Shape));
    }

    public double Share(Stance stance) => Items == 0 ? 0 : (double)ByStance.GetValueOrDefault(stance) / Items;

    public double Share(Tone tone) => Items == 0 ? 0 : (double)ByTone.GetValueOrDefault(tone) / Items;

    private static Dictionary<TKey, int> Count<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
        where TKey : notnull =>
        items.GroupBy(key).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
}
