using Discourse.Core;
using Discourse.Core.Scores;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Tests.Support;

namespace Discourse.Scoring.Tests.Evaluation;

public class ImporterTests
{
    [Fact]
    public void Debagreement_numeric_labels_map_to_stances_and_quoted_fields_keep_commas_and_newlines()
    {
        var path = TempFiles.Write("pairs.csv",
            "split,msg_id_child,label,body_parent,body_child\n" +
            "dev,c1,0,\"Parent, with comma\",\"No.\nNot at all.\"\n" +
            "dev,c2,2,Parent,\"Yes, \"\"exactly\"\".\"\n");

        var items = EvaluationImporter.Read(path, EvaluationFormat.Debagreement).ToList();

        Assert.Equal([Stance.Disagree, Stance.Agree], items.Select(i => i.Stance!.Value));
        Assert.Equal("Parent, with comma", items[0].Parent);
        Assert.Equal("No.\nNot at all.", items[0].Text);
        Assert.Equal("Yes, \"exactly\".", items[1].Text);
    }

    [Fact]
    public void ToxiChat_rows_are_filtered_by_split_and_carry_the_offensive_flag()
    {
        var path = TempFiles.Write("tc.csv",
            "split,thread_index,turn_id,offense_label,stance_to_parent,text,parent_text\n" +
            "train,0,2,Safe,Agree,a,b\n" +
            "dev,1,2,Offensive,Disagree,c,d\n");

        var items = EvaluationImporter.Read(path, EvaluationFormat.ToxiChat, "dev").ToList();

        var item = Assert.Single(items);
        Assert.Equal(Stance.Disagree, item.Stance);
        Assert.True(item.Binary[ToxiChatImporter.Offensive]);
    }

    [Fact]
    public void Ucc_healthy_zero_becomes_unhealthy()
    {
        var header = "_unit_id,comment,healthy," + string.Join(",", UccImporter.Attributes);
        var path = TempFiles.Write("ucc.csv", header + "\n1,nice,1,0,0,0,0,0,0\n2,\"you fool\",0,1,0,0,0,0,0\n");

        var items = EvaluationImporter.Read(path, EvaluationFormat.Ucc).ToList();

        Assert.Equal([false, true], items.Select(i => i.Binary[UccImporter.Unhealthy]));
        Assert.Equal([false, true], items.Select(i => i.Binary["hostile"]));
        Assert.All(items, i => Assert.Equal("", i.Parent));
    }

    [Theory]
    [InlineData("{\"id\":1,\"parent\":\"p\",\"text\":\"t\",\"stance\":\"maybe\"}", "unknown stance 'maybe'")]
    [InlineData("{\"id\":\"a\",\"parent\":\"p\"}", "missing \"text\"")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("{\"id\":\"a\",\"text\":", "not valid JSON")]
    [InlineData("{\"parent\":\"p\",\"text\":\"t\"}", "missing \"id\"")]
    public void Bad_jsonl_lines_fail_with_the_line_number(string badLine, string message)
    {
        var path = TempFiles.Write("pairs.jsonl", "{\"id\":\"ok\",\"parent\":null,\"text\":\"fine\"}\n" + badLine + "\n");

        var error = Assert.Throws<InputException>(() => JsonlPairsReader.Read(path).ToList());

        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Csv_with_a_short_row_names_its_line()
    {
        var path = TempFiles.Write("bad.csv", "a,b,c\n1,2,3\n1,2\n");

        var error = Assert.Throws<InputException>(() => CsvFile.Read(path).ToList());

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_unknown_format_name_is_an_input_error() =>
        Assert.Throws<InputException>(() => EvaluationImporter.ParseFormat("arff"));
}
