using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Interchange;
using Discourse.Readers.Tabular;

namespace Discourse.Readers.Tests.Formats;

public class TabularReaderTests
{
    [Fact]
    public void Csv_quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        const string csv = "id,parent_id,author,text,created\r\n1,,ann,\"Hello, \"\"world\"\"\nsecond line\",2020-01-01T00:00:00Z\r\n2,1,bo,plain,1577836860\r\n";

        var thread = ReaderFixtures.ReadOne(new CsvThreadReader(), csv);

        Assert.Equal("Hello, \"world\"\nsecond line", thread.Find("1")!.Text);
        Assert.Equal("1", thread.Find("2")!.ParentId);
        Assert.Equal(new DateTimeOffset(2020, 1, 1, 0, 1, 0, TimeSpan.Zero), thread.Find("2")!.Created);
    }

    [Fact]
    public void Csv_rows_are_grouped_by_thread_id_and_columns_can_be_renamed()
    {
        const string csv = "cid,reply_to,who,body,topic\na,,x,one,T1\nb,,y,two,T2\nc,a,y,three,T1\n";
        var map = ColumnMap.Parse("id=cid,parent_id=reply_to,author=who,text=body,thread_id=topic");

        var threads = ReaderFixtures.Read(new CsvThreadReader(map), csv);

        Assert.Equal(["T1", "T2"], threads.Select(t => t.Id));
        Assert.Equal(["a", "c"], threads[0].Comments.Select(c => c.Id));
        Assert.Equal("a", threads[0].Find("c")!.ParentId);
    }

    [Theory]
    [InlineData("id,parent_id,author,text\n1,,a,\"never closed\n", 2, "never closed")]
    [InlineData("id,parent_id,author,text\n1,,a,ok\n2,1,b\n", 3, "expected 4 fields")]
    [InlineData("id,author,text\n1,a,ok\n", 1, "no 'parent_id' column")]
    [InlineData("id,parent_id,author,text,created\n1,,a,ok,last tuesday\n", 2, "not a timestamp")]
    public void Bad_csv_names_the_line(string csv, int line, string expected)
    {
        var error = Assert.Throws<InputException>(() => ReaderFixtures.Read(new CsvThreadReader(), csv));

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Jsonl_thread_header_lines_give_title_and_article()
    {
        const string jsonl = """
            {"type":"thread","thread_id":"t","title":"Budget","article":"The council met."}
            {"thread_id":"t","id":"1","parent_id":null,"author":"a","text":"Too high."}
            {"thread_id":"t","id":"2","parent_id":"1","author":"b","text":"Not really.","status":"deleted"}
            """;

        var thread = ReaderFixtures.ReadOne(new JsonlThreadReader(), jsonl);

        Assert.Equal(("Budget", "The council met."), (thread.Title, thread.Article));
        Assert.False(thread.Info.IsPost);
        Assert.Equal(CommentStatus.Deleted, thread.Find("2")!.Status);
    }

    [Fact]
    public void A_post_converted_to_jsonl_stays_a_post()
    {
        var post = new ThreadBuilder(new ThreadInfo("t", "Is this legal?", "My landlord kept the deposit.") { IsPost = true })
            .Add(new CommentDraft("1", "a", "No.", ParentLink.FromMarkup(null)))
            .Build();
        using var buffer = new MemoryStream();
        InterchangeWriter.Write(buffer, [post], InterchangeFormat.Jsonl);
        buffer.Position = 0;

        var read = new JsonlThreadReader().Read(buffer, "converted").Single();

        Assert.True(read.Info.IsPost);
        Assert.Equal("Title: Is this legal? \n My landlord kept the deposit.", read.TextAnsweredBy(read.Find("1")!));
    }

    [Fact]
    public void Damaged_links_are_kept_and_flagged_not_dropped()
    {
        const string jsonl = """
            {"id":"1","parent_id":"3","text":"cycle a"}
            {"id":"2","parent_id":"1","text":"cycle b"}
            {"id":"3","parent_id":"2","text":"cycle c"}
            {"id":"4","parent_id":"4","text":"self"}
            {"id":"4","parent_id":null,"text":"duplicate"}
            """;

        var thread = ReaderFixtures.ReadOne(new JsonlThreadReader(), jsonl);

        Assert.Equal(5, thread.Comments.Count);
        Assert.Single(thread.Comments, c => c.Flags.HasFlag(CommentFlags.CycleBroken));
        Assert.True(thread.Find("4")!.Flags.HasFlag(CommentFlags.SelfReply));
        Assert.True(thread.Find("4#2")!.Flags.HasFlag(CommentFlags.DuplicateId));
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"parent_id\":null,\"text\":\"a\"}\n[1,2]\n", 2, "one JSON object per line")]
    [InlineData("{\"id\":\"1\",\"parent_id\":null,\"text\":\"a\"}\n{\"parent_id\":null,\"text\":\"b\"}\n", 2, "missing comment id")]
    [InlineData("{\"id\":\"1\",\"parent_id\":null,\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"", 2, "malformed JSON")]
    public void Bad_jsonl_names_the_line(string jsonl, int line, string expected)
    {
        var error = Assert.Throws<InputException>(() => ReaderFixtures.Read(new JsonlThreadReader(), jsonl));

        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Unknown_column_name_in_the_map_is_a_clear_error()
    {
        var error = Assert.Throws<InputException>(() => ColumnMap.Parse("body=text"));

        Assert.Contains("unknown field 'body'", error.Message);
    }
}
