using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("discourse-analyze").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>Disagrees everywhere and heats up along the thread: enough to exercise the whole job.</summary>
    private sealed class RisingHeat : IThreadScorer
    {
        public ScoredThread Score(DiscussionThread thread) => new(thread, thread.Comments.Where(c => !c.IsPlaceholder).ToDictionary(
            c => c.Id, c => new CommentScore(Stance.Disagree, -0.9, c.Order < 5 ? Tone.Civil : Tone.Snarky, Math.Min(1, 0.1 + 0.08 * c.Order))));
    }

    [Fact]
    public void Analyze_writes_report_and_charts_and_prints_the_summary()
    {
        var run = CliRun.With(new RisingHeat(), "analyze", RepoFiles.Seed("001"), "--out", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["author-heat.png", "author-heat.svg", "escalation-timeline.png", "escalation-timeline.svg", "reply-tree.png",
             "reply-tree.svg", "report.html", "stance-profile.png", "stance-profile.svg"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Equal(10, html.Split("class=\"comment\"").Length - 1);
        Assert.Equal(4, html.Split("data:image/png;base64,").Length - 1);
        Assert.Contains("Escalation index +", run.Console);
        Assert.Contains("FriendlyGoat", run.Console);
        Assert.Contains("against the article", run.Console);
        Assert.Contains("report.html", run.Error);
    }

    [Fact]
    public void Plot_writes_only_the_charts()
    {
        var run = CliRun.With(new RisingHeat(), "plot", RepoFiles.Seed("001"), "--out", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(8, Directory.GetFiles(dir).Length);
        Assert.False(File.Exists(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Article_without_comments_still_gets_a_report()
    {
        var run = CliRun.With(new RisingHeat(), "analyze", RepoFiles.Seed("002"), "--out", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("This article has no comments.", File.ReadAllText(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void Missing_models_are_one_clear_line()
    {
        var run = CliRun.Of("analyze", RepoFiles.Seed("001"), "--out", dir, "--models", Path.Combine(dir, "none"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
