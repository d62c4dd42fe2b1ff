using Discourse.Core.Scores;
using Discourse.Corpus.Checks;
using Spectre.Console;

namespace Discourse.Cli.Output;

/// <summary>The corpus's distributions as tables.</summary>
public static class CorpusReport
{
    public static void Render(IAnsiConsole console, CorpusStatistics stats)
    {
        console.WriteLine($"{stats.Pairs} pairs, {stats.ThreadComments} thread comments in {stats.Threads} threads; " +
            string.Join(", ", stats.BySplit.Select(s => $"{s.Key.ToString().ToLowerInvariant()} {s.Value}")));
        var labels = new Table().AddColumns("label", "count", "share", "mean heat");
        foreach (var stance in Enum.GetValues<Stance>())
        {
            labels.AddRow(stance.Name(), Count(stats.ByStance.GetValueOrDefault(stance)), $"{stats.Share(stance):P1}", "");
        }

        foreach (var tone in Enum.GetValues<Tone>())
        {
            labels.AddRow(tone.Name(), Count(stats.ByTone.GetValueOrDefault(tone)), $"{stats.Share(tone):P1}", $"{stats.MeanHeatByTone.GetValueOrDefault(tone):0.00}");
        }

        console.Write(labels);
        console.Write(Distribution("reply length", stats.ByLength, stats.Items));
        console.Write(Distribution("topic", stats.ByTopic, stats.Items));
        console.Write(Distribution("register", stats.ByRegister, stats.Items));
        console.Write(Distribution("hard case", stats.ByHardCase, stats.Items));
        if (stats.ByShape.Count > 0)
        {
            console.Write(Distribution("thread shape", stats.ByShape, stats.Threads));
        }
    }

    private static Table Distribution(string title, IReadOnlyDictionary<string, int> counts, int total)
    {
        var table = new Table().AddColumns(title, "count", "share");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(key.Length == 0 ? "(none)" : key), Count(count), total == 0 ? "" : $"{(double)count / total:P1}");
        }

        return table;
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
