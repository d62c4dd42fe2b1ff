namespace Discourse.Cli.Tests.Commands;

public sealed class BadInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("discourse-bad").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void FailsWithOneLine(CliRun run, string path, string message)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path}", line);
        Assert.Contains(message, line);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Missing_file() =>
        FailsWithOneLine(CliRun.Of("parse", Path.Combine(dir, "nope.txt")), Path.Combine(dir, "nope.txt"), "no such file");

    [Fact]
    public void Directory_instead_of_a_file() => FailsWithOneLine(CliRun.Of("parse", dir), dir, "is a directory");

    [Fact]
    public void Empty_file()
    {
        var path = Write("empty.txt", []);
        FailsWithOneLine(CliRun.Of("parse", path), path, "the file is empty");
    }

    [Fact]
    public void Binary_file_names_the_line_of_the_first_nul()
    {
        var path = Write("blob.bin", [(byte)'a', (byte)'\n', 0, 1, 2]);
        FailsWithOneLine(CliRun.Of("parse", path), path + ":2", "binary data");
    }

    [Fact]
    public void Invalid_utf8_names_its_line()
    {
        var path = Write("latin1.txt", [.. "Title\n\nBody text.\n"u8, 0xE9, (byte)'t', (byte)'\n']);
        FailsWithOneLine(CliRun.Of("parse", path), path + ":4", "invalid UTF-8");
    }

    [Fact]
    public void Json_of_no_known_shape_is_not_a_thread()
    {
        var path = Write("other.json", "{\"weather\": \"rain\"}"u8.ToArray());
        FailsWithOneLine(CliRun.Of("parse", path), path, "no recognisable comment thread");
    }

    [Fact]
    public void Text_without_article_or_comments_is_not_a_thread()
    {
        var path = Write("chrome.txt", "show comments\nReply\n"u8.ToArray());
        FailsWithOneLine(CliRun.Of("parse", path), path, "no article title or comments");
    }
}
