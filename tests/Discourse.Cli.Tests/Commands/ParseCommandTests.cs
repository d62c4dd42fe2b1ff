using System.Text.Json;

namespace Discourse.Cli.Tests.Commands;

public class ParseCommandTests
{
    private static string Portable(string output, string seed) =>
        output.Replace(seed, "seeds/" + Path.GetFileName(seed));

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void Seed_json_matches_its_golden_file(string seed)
    {
        var path = RepoFiles.Seed(seed);

        var run = CliRun.Of("parse", path, "--json");

        Assert.Equal(0, run.ExitCode);
        Golden.Verify($"seed-{seed}.parse.expected.json", Portable(run.Out, path));
    }

    [Fact]
    public void Seed_tree_view_matches_its_golden_file()
    {
        var path = RepoFiles.Seed("001");

        var run = CliRun.Of("parse", path);

        Assert.Equal(0, run.ExitCode);
        Golden.Verify("seed-001.parse.expected.txt", run.Console);
    }

    [Fact]
    public void Seed_thread_is_one_back_and_forth_of_ten_comments()
    {
        using var json = JsonDocument.Parse(CliRun.Of("parse", RepoFiles.Seed("001"), "--json").Out);
        var comments = json.RootElement.GetProperty("comments").EnumerateArray().ToList();

        Assert.Equal(10, comments.Count);
        Assert.Equal(
            new Dictionary<string, int> { ["FriendlyGoat"] = 5, ["Andrew Allison"] = 4, ["Kevin"] = 1 },
            comments.GroupBy(c => c.GetProperty("author").GetString()!).ToDictionary(g => g.Key, g => g.Count()));
        for (var i = 0; i < comments.Count; i++)
        {
            Assert.Equal(i, comments[i].GetProperty("depth").GetInt32());
            Assert.Equal(i == 0 ? null : comments[i - 1].GetProperty("id").GetString(), comments[i].GetProperty("parentId").GetString());
            Assert.Equal(Math.Min(i, 4), comments[i].GetProperty("displayDepth").GetInt32());
            Assert.Equal(i >= 5, comments[i].GetProperty("parentInferred").GetBoolean());
        }

        Assert.Contains("[sic]", comments[5].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("003")]
    public void Article_without_comments_says_so_in_one_plain_line(string seed)
    {
        var run = CliRun.Of("parse", RepoFiles.Seed(seed));

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Console.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("an article with no comments.", line);
    }
}
