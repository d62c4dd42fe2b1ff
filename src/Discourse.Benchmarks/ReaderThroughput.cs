using BenchmarkDotNet.Attributes;
using Discourse.Readers;

namespace Discourse.Benchmarks;

/// <summary>Reads a generated file of each format end to end (every thread built) and reports MB/s.</summary>
[Config(typeof(ThroughputConfig))]
public class ReaderThroughput
{
    private string path = "";

    [Params("reddit-jsonl", "jsonl", "csv", "disqus-xml")]
    public string Format { get; set; } = "";

    [Params(64)]
    public int Megabytes { get; set; }

    public long FileBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"discourse-bench-{Format}-{Megabytes}.data");
        if (!File.Exists(path))
        {
            var bytes = Megabytes * 1024L * 1024L;
            Action<string, long> write = Format switch
            {
                "reddit-jsonl" => SyntheticThreads.RedditDump,
                "jsonl" => SyntheticThreads.GenericJsonl,
                "csv" => SyntheticThreads.Csv,
                _ => SyntheticThreads.DisqusXml,
            };
            write(path, bytes);
        }

        FileBytes = new FileInfo(path).Length;
        ThroughputConfig.FileSizes[$"{Format}/{Megabytes}"] = FileBytes;
    }

    [Benchmark]
    public int ReadAllThreads()
    {
        var comments = 0;
        foreach (var thread in ThreadFileLoader.Default.Read(path, Format))
        {
            comments += thread.Comments.Count;
        }

        return comments;
    }
}
