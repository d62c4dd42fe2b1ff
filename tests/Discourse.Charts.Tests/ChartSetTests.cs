using Discourse.Analysis;
using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Charts.Tests;

public sealed class ChartSetTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("discourse-charts").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static ThreadAnalysis Analyze(int comments, bool scored = true)
    {
        var builder = new ThreadBuilder(new ThreadInfo("test", "A thread", "Article"));
        var scores = new Dictionary<string, CommentScore>();
        for (var i = 0; i < comments; i++)
        {
            var parent = i == 0 ? null : $"c{(i - 1) / 2}";
            builder.Add(new CommentDraft($"c{i}", $"author{i % 4}", "text", i % 3 == 0 ? ParentLink.Inferred(parent, 0.8, ["test"]) : ParentLink.FromMarkup(parent)));
            scores[$"c{i}"] = new CommentScore((Stance)(i % 3), 0, (Tone)(i % 3), i % 10 / 10.0);
        }

        var thread = builder.Build();
        return ThreadAnalyzer.Default.Analyze(scored ? new ScoredThread(thread, scores) : ScoredThread.Unscored(thread));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(12, true)]
    [InlineData(12, false)]
    [InlineData(2000, true)]
    public void Every_chart_is_written_as_png_and_svg_for_any_thread_size(int comments, bool scored)
    {
        var written = ChartSet.Save(ChartSet.Create(Analyze(comments, scored)), dir);

        Assert.Equal(8, written.Count);
        foreach (var png in written.Where(f => f.EndsWith(".png")))
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 5_000, $"{png} is {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }

        Assert.All(written.Where(f => f.EndsWith(".svg")), svg => Assert.Contains("<svg", File.ReadAllText(svg)));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Charts_carry_their_axis_labels_and_author_names()
    {
        var analysis = Analyze(12);
        var svg = ChartSet.Create(analysis).ToDictionary(c => c.Name, c => c.Plot.GetSvgXml(ChartSet.Width, ChartSet.Height));

        Assert.Contains("Heat (0 calm – 1 abusive)", svg["escalation-timeline"]);
        Assert.Contains("author0", svg["escalation-timeline"]);
        Assert.Contains("Depth in the reply tree", svg["reply-tree"]);
        Assert.Contains("Replying author", svg["author-heat"]);
        Assert.Contains("disagree", svg["stance-profile"]);
    }

    [Fact]
    public void Thread_without_scores_says_so_instead_of_drawing_nothing()
    {
        var svg = EscalationTimeline.Create(Analyze(5, scored: false)).GetSvgXml(800, 400);

        Assert.Contains("No scored comments", svg);
    }

    [Fact]
    public void Reply_tree_puts_each_comment_on_its_own_row_at_its_depth()
    {
        var analysis = Analyze(7);

        var layout = ReplyTreeChart.Layout(analysis.Scored.Thread);

        Assert.Equal(7, layout.Values.Select(p => p.Y).Distinct().Count());
        Assert.All(analysis.Scored.Thread.Comments, c => Assert.Equal(c.Depth, layout[c.Id].X));
    }
}
