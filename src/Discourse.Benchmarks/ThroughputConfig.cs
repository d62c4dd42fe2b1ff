using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Discourse.Benchmarks;

/// <summary>A short in-process job (the files are large: a few runs suffice) with an MB/s column.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public static readonly ConcurrentDictionary<string, long> FileSizes = new();

    public ThroughputConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1)
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance));
        AddColumn(new MegabytesPerSecondColumn());
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Megabytes of input read per second (file size / mean time)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var format = benchmarkCase.Parameters["Format"];
            var megabytes = benchmarkCase.Parameters["Megabytes"];
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is null || !FileSizes.TryGetValue($"{format}/{megabytes}", out var bytes))
            {
                return "?";
            }

            var seconds = report.ResultStatistics.Mean / 1e9;
            return (bytes / 1024.0 / 1024.0 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
