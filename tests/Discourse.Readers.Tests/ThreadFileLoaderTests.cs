using Discourse.Core;
using Discourse.Readers.Tabular;

namespace Discourse.Readers.Tests;

public sealed class ThreadFileLoaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("discourse-loader").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static InputException Fails(string path, string? format = null) =>
        Assert.Throws<InputException>(() => ThreadFileLoader.Default.Read(path, format).ToList());

    [Fact]
    public void Utf16_file_is_named_as_such()
    {
        var path = Write("u16.csv", [0xFF, 0xFE, (byte)'i', 0, (byte)'d', 0]);

        Assert.Contains("UTF-16", Fails(path).Message);
    }

    [Fact]
    public void Invalid_utf8_in_the_head_names_its_line()
    {
        var path = Write("bad.csv", [.. "id,parent_id,text\n1,,ok\n"u8, 0xC3, 0x28, (byte)'\n']);

        var error = Fails(path);

        Assert.Equal(("invalid UTF-8", 3L), (error.Message, error.Line));
    }

    [Fact]
    public void Invalid_utf8_past_the_head_is_still_caught_by_the_csv_reader()
    {
        var rows = string.Concat(Enumerable.Range(1, 5000).Select(i => $"{i},,some ordinary text for row {i}\n"));
        var path = Write("late.csv", [.. System.Text.Encoding.UTF8.GetBytes("id,parent_id,text\n" + rows), (byte)'9', (byte)',', (byte)',', 0xFF, (byte)'\n']);

        var error = Fails(path);

        Assert.Equal(("invalid UTF-8", 5002L), (error.Message, error.Line));
    }

    [Fact]
    public void Unknown_format_name_lists_the_known_ones()
    {
        var path = Write("t.csv", "id,parent_id,text\n1,,a b c\n"u8.ToArray());

        var error = Fails(path, "myspace");

        Assert.Contains("unknown format 'myspace'", error.Message);
        Assert.Contains("disqus-xml", error.Message);
    }

    [Fact]
    public void Custom_columns_make_a_loader_that_reads_them()
    {
        var path = Write("c.csv", "cid,pid,body\n1,,hello there\n"u8.ToArray());

        var thread = ThreadFileLoader.WithColumns(ColumnMap.Parse("id=cid,parent_id=pid,text=body")).Read(path).Single();

        Assert.Equal("hello there", thread.Comments.Single().Text);
    }
}
