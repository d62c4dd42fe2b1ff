using System.Security.Cryptography;
using System.Text;
using Discourse.Corpus.Reading;
using Discourse.Corpus.Records;

namespace Discourse.Scoring.Training;

/// <summary>What a model was trained on: counts by split and label, and a fingerprint of the corpus files.</summary>
public sealed record CorpusSummary(
    int Files,
    int Items,
    int Pairs,
    int ThreadComments,
    int Threads,
    IReadOnlyDictionary<string, int> BySplit,
    IReadOnlyDictionary<string, int> ByStance,
    IReadOnlyDictionary<string, int> ByTone,
    IReadOnlyDictionary<string, int> ByRegister,
    string Fingerprint)
{
    public static CorpusSummary Of(LabelledCorpus corpus)
    {
        var files = CorpusReader.CorpusFiles(corpus.Root).ToList();
        using var sha = SHA256.Create();
        foreach (var file in files)
        {
            var name = Encoding.UTF8.GetBytes(Path.GetRelativePath(corpus.Root, file).Replace('\\', '/') + "\n");
            sha.TransformBlock(name, 0, name.Length, null, 0);
            var content = File.ReadAllBytes(file);
            sha.TransformBlock(content, 0, content.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);
        return new CorpusSummary(
            files.Count,
            corpus.Items.Count,
            corpus.Pairs.Count(),
            corpus.ThreadComments.Count(),
            corpus.ThreadComments.Select(c => c.ThreadId).Distinct().Count(),
            Count(corpus.Items, i => i.Split.ToString().ToLowerInvariant()),
            Count(corpus.Items, i => Core.Scores.LabelNames.Name(i.Stance)),
            Count(corpus.Items, i => Core.Scores.LabelNames.Name(i.Tone)),
            Count(corpus.Items, i => i.Register.Length > 0 ? i.Register : "(none)"),
            Convert.ToHexStringLower(sha.Hash!)[..16]);
    }

    private static SortedDictionary<string, int> Count(IEnumerable<LabelledReply> items, Func<LabelledReply, string> key) =>
        new(items.GroupBy(key).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
