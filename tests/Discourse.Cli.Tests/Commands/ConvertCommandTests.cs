namespace Discourse.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("discourse-convert").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Csv_converts_to_jsonl_that_parses_to_the_same_tree()
    {
        var csv = Write("in.csv", "id,parent_id,author,text\n1,,ann,\"Rents, again\"\n2,1,bo,No.\n3,2,ann,Yes.\n");
        var jsonl = Path.Combine(dir, "out.jsonl");

        var convert = CliRun.Of("convert", csv, "--to", "jsonl", "--out", jsonl);
        var parsed = CliRun.Of("parse", jsonl, "--json");

        Assert.Equal(0, convert.ExitCode);
        Assert.Contains("1 thread(s), 3 comment(s)", convert.Error);
        Assert.Equal(0, parsed.ExitCode);
        Assert.Contains("\"parentId\": \"2\"", parsed.Out);
        Assert.Contains("\"text\": \"Rents, again\"", parsed.Out);
    }

    [Fact]
    public void Failed_conversion_leaves_no_output_file()
    {
        var bad = Write("bad.jsonl", "{\"id\":\"1\",\"parent_id\":null,\"text\":\"a\"}\n{\"id\":\"2\",\"parent_id\":");
        var target = Path.Combine(dir, "never.csv");

        var run = CliRun.Of("convert", bad, "--to", "csv", "--out", target);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {bad}:2", run.Error);
        Assert.False(File.Exists(target));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public void Refuses_to_overwrite_its_input()
    {
        var csv = Write("same.csv", "id,parent_id,author,text\n1,,a,b c d\n");

        var run = CliRun.Of("convert", csv, "--to", "csv", "--out", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("would overwrite the input", run.Error);
    }

    [Fact]
    public void Columns_option_maps_other_names()
    {
        var csv = Write("custom.csv", "cid,reply_to,who,body\na,,x,top\nb,a,y,reply\n");

        var run = CliRun.Of("parse", csv, "--json", "--columns", "id=cid,parent_id=reply_to,author=who,text=body");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"parentId\": \"a\"", run.Out);
    }
}
