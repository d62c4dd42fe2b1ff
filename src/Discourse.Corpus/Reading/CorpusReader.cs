using Discourse.Core;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Reading;

/// <summary>
/// Reads a corpus folder: every <c>*.jsonl</c> below it (sorted by path, so the order is fixed) holds labelled
/// replies, except <c>threads.meta.jsonl</c>, which holds thread headers. Bad lines become problems, not exceptions.
/// </summary>
public static class CorpusReader
{
    public const string ThreadMetaFile = "threads.meta.jsonl";

    public static LabelledCorpus Read(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new InputException("no such corpus folder", root);
        }

        var items = new List<LabelledReply>();
        var threads = new List<ThreadMeta>();
        var problems = new List<CorpusProblem>();
        foreach (var file in CorpusFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var isMeta = Path.GetFileName(file) == ThreadMetaFile;
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var location = new CorpusLocation(relative, lineNumber);
                if (isMeta)
                {
                    Add(threads, CorpusLineParser.ParseMeta(line, location, problems));
                }
                else
                {
                    Add(items, CorpusLineParser.ParseReply(line, location, problems));
                }
            }
        }

        return new LabelledCorpus(root, items, threads, problems);
    }

    /// <summary>Reads the corpus and fails on the first problem, for commands that must learn from clean data.</summary>
    public static LabelledCorpus ReadStrict(string root)
    {
        var corpus = Read(root);
        if (corpus.Problems.Count > 0)
        {
            var first = corpus.Problems[0];
            throw new InputException(
                $"{first.Message} ({corpus.Problems.Count} problem(s); run 'discourse corpus check')",
                Path.Combine(root, first.Location.File),
                first.Location.Line);
        }

        if (corpus.Items.Count == 0)
        {
            throw new InputException("no labelled replies (*.jsonl) in the corpus folder", root);
        }

        return corpus;
    }

    public static IEnumerable<string> CorpusFiles(string root) =>
        Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Replace('\\', '/').Split('/').Contains("reviews"))
            .Order(StringComparer.Ordinal);

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
