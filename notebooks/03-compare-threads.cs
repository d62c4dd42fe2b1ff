#:property PublishAot=false
#:project ../src/Discourse.Corpus/Discourse.Corpus.csproj
#:project ../src/Discourse.Analysis/Discourse.Analysis.csproj
#:project ../src/Discourse.Charts/Discourse.Charts.csproj

// Notebook 3 — comparing threads for escalation, on our labelled threads (gold labels, no model involved).
// Run from the repository root:  dotnet run notebooks/03-compare-threads.cs
using Discourse.Analysis;
using Discourse.Charts;
using Discourse.Corpus.Reading;
using ScottPlot;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Discourse.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run this from inside the repository");
}

var figures = Path.Combine(root, "notebooks", "figures");
Directory.CreateDirectory(figures);

Console.WriteLine("## 1. Load our labelled threads; each comment carries its annotated stance, tone and heat");
var corpus = CorpusReader.ReadStrict(Path.Combine(root, "seeds", "corpus"));
var shapes = corpus.Threads.ToDictionary(t => t.ThreadId, t => t.Shape);
var threads = LabelledThreads.Build(corpus).Where(t => shapes.ContainsKey(t.Thread.Id!)).ToList();
Console.WriteLine($"{threads.Count} threads, {threads.Sum(t => t.Thread.Comments.Count)} comments.");

Console.WriteLine();
Console.WriteLine("## 2. Analyse each one and compare the escalation index by the shape the annotators gave the thread");
var rows = threads
    .Select(t => (Id: t.Thread.Id!, Shape: shapes[t.Thread.Id!], Analysis: ThreadAnalyzer.Default.Analyze(t)))
    .OrderBy(r => r.Shape).ThenByDescending(r => r.Analysis.EscalationIndex)
    .ToList();
foreach (var group in rows.GroupBy(r => r.Shape))
{
    Console.WriteLine($"  {group.Key,-13} mean index {group.Average(r => r.Analysis.EscalationIndex),6:+0.00;-0.00}  " +
        $"mean heat {group.Average(r => r.Analysis.MeanHeat):0.00}  events/thread {group.Average(r => r.Analysis.Events.Count):0.0}");
}

var hottest = rows.MaxBy(r => r.Analysis.EscalationIndex);
Console.WriteLine($"The most escalating thread is {hottest.Id} ({hottest.Shape}): {hottest.Analysis.MainChain?.Describe()}");

Console.WriteLine();
Console.WriteLine("## 3. Chart: one bar per thread, coloured by its annotated shape");
var colors = new Dictionary<string, Color>
{
    ["escalates"] = ChartStyle.Disagree,
    ["de-escalates"] = ChartStyle.Agree,
    ["camps"] = Color.FromHex("#9467bd"),
    ["calm"] = ChartStyle.Neutral,
};
var plot = new Plot();
plot.Title("Escalation index of our labelled threads");
plot.YLabel("Escalation index (fitted heat rise along chains)");
plot.XLabel("Thread");
plot.Add.Bars(rows.Select((r, i) => new Bar { Position = i, Value = r.Analysis.EscalationIndex, FillColor = colors[r.Shape] }).ToList());
plot.Axes.Bottom.SetTicks(rows.Select((_, i) => (double)i).ToArray(), rows.Select(r => r.Id[..3]).ToArray());
plot.ShowLegend(colors.Select(c => new LegendItem { LabelText = c.Key, FillColor = c.Value }), Alignment.UpperRight);
var png = Path.Combine(figures, "03-escalation-by-thread.png");
plot.SavePng(png, 1200, 600);
Console.WriteLine($"wrote {Path.GetRelativePath(root, png)}");
