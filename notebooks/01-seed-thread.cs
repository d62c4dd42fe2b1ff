#:property PublishAot=false
#:project ../src/Discourse.Readers/Discourse.Readers.csproj
#:project ../src/Discourse.Scoring/Discourse.Scoring.csproj
#:project ../src/Discourse.Analysis/Discourse.Analysis.csproj
#:project ../src/Discourse.Charts/Discourse.Charts.csproj

// Notebook 1 — the seed thread, from copied text to escalation chart.
// Run from the repository root:  dotnet run notebooks/01-seed-thread.cs
using Discourse.Analysis;
using Discourse.Analysis.Camps;
using Discourse.Charts;
using Discourse.Readers;
using Discourse.Scoring.Models;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Discourse.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run this from inside the repository");
}

var figures = Path.Combine(root, "notebooks", "figures");
Directory.CreateDirectory(figures);

Console.WriteLine("## 1. Read the comment section as the reader copied it from the page");
var seed = Directory.GetFiles(Path.Combine(root, "seeds"), "001_*.txt").Single();
var thread = ThreadFileLoader.Default.Read(seed).Single();
Console.WriteLine($"'{thread.Title}': {thread.Comments.Count} comments by {string.Join(", ", thread.Comments.Select(c => c.Author).Distinct())}.");
Console.WriteLine("The page stopped indenting at level 4, so six replies were drawn under Kevin. The reader rebuilt the links:");
foreach (var c in thread.Comments)
{
    var link = c.Link.IsInferred ? $"inferred ({c.Link.Confidence:0.00}: {string.Join("; ", c.Link.Evidence.Skip(1).Take(2))})" : "as drawn";
    Console.WriteLine($"  {new string(' ', 2 * c.Depth)}{c.Author} — drawn at {c.DisplayDepth}, true depth {c.Depth}, {link}");
}

Console.WriteLine();
Console.WriteLine("## 2. Score every reply with the shipped models (stance toward its parent, tone and heat)");
var scored = new ModelThreadScorer(ModelStore.Load(Path.Combine(root, "models"))).Score(thread);
foreach (var c in thread.Comments)
{
    var s = scored.ScoreOf(c)!;
    Console.WriteLine($"  {c.Author,-15} {s.Stance,-9} {s.StanceScore,6:+0.00;-0.00} {s.Tone,-8} heat {s.Heat:0.00}");
}

Console.WriteLine();
Console.WriteLine("## 3. Analyse: escalation along the chain, camps, who heats up whom");
var analysis = ThreadAnalyzer.Default.Analyze(scored);
Console.WriteLine($"Escalation index {analysis.EscalationIndex:+0.00;-0.00} (positive: the exchange heats up as it goes).");
foreach (var e in analysis.Events)
{
    Console.WriteLine($"  #{e.Comment.Order + 1} {e.Description}");
}

foreach (var camp in analysis.Camps)
{
    Console.WriteLine($"  {camp.Author}: {(camp.Side == Side.For ? "with" : camp.Side == Side.Against ? "against" : "neither with nor against")} the article (consistency {camp.Consistency:P0})");
}

Console.WriteLine();
Console.WriteLine("## 4. Draw the escalation timeline");
var png = Path.Combine(figures, "01-seed-escalation-timeline.png");
EscalationTimeline.Create(analysis).SavePng(png, ChartSet.Width, ChartSet.Height);
Console.WriteLine($"wrote {Path.GetRelativePath(root, png)}");
