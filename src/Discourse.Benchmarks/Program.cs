using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/Discourse.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Discourse.Benchmarks.ReaderThroughput).Assembly).Run(args);
