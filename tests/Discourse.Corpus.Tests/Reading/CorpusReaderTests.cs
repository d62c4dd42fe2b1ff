using Discourse.Core;
using Discourse.Core.Scores;
using Discourse.Corpus.Reading;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Tests.Reading;

public class CorpusReaderTests
{
    [Fact]
    public void Reads_pairs_with_labels_split_and_location()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl", [CorpusFolder.Pair("p1", "No, the numbers say otherwise.", heat: 0.3, split: "dev")]);

        var corpus = CorpusReader.Read(folder.Root);

        var item = Assert.Single(corpus.Items);
        Assert.Empty(corpus.Problems);
        Assert.Equal((Stance.Disagree, Tone.Civil, 0.3, CorpusSplit.Dev), (item.Stance, item.Tone, item.Heat, item.Split));
        Assert.Equal(new CorpusLocation("pairs/a.jsonl", 1), item.Location);
        Assert.False(item.IsThreadComment);
    }

    [Theory]
    [InlineData("{not json", "invalid JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    [InlineData("""{"id":"x","parent":"","text":"some reply here","stance":"maybe","tone":"civil","heat":0.1,"split":"train"}""", "unknown stance 'maybe'")]
    [InlineData("""{"id":"x","parent":"","text":"some reply here","stance":"agree","tone":"rude","heat":0.1,"split":"train"}""", "unknown tone 'rude'")]
    [InlineData("""{"id":"x","parent":"","text":"some reply here","stance":"agree","tone":"civil","heat":1.5,"split":"train"}""", "outside [0, 1]")]
    [InlineData("""{"id":"x","parent":"","text":"some reply here","stance":"agree","tone":"civil","heat":0.1,"split":"test"}""", "unknown split 'test'")]
    [InlineData("""{"id":"x","parent":"","stance":"agree","tone":"civil","heat":0.1,"split":"train"}""", "missing string field 'text'")]
    [InlineData("""{"id":"x","parent":"","text":"a reply","stance":"agree","tone":"civil","heat":0.1,"split":"train","threadId":"t","author":"a","created":"yesterday","parentId":null}""", "not an ISO 8601 timestamp")]
    public void Bad_line_becomes_a_located_problem(string line, string expected)
    {
        using var folder = new CorpusFolder().Write("pairs/bad.jsonl", ["", line]);

        var corpus = CorpusReader.Read(folder.Root);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains(expected, problem.Message);
        Assert.Empty(corpus.Items);
    }

    [Fact]
    public void Strict_reading_fails_with_file_and_line()
    {
        using var folder = new CorpusFolder().Write("pairs/bad.jsonl", ["{oops"]);

        var error = Assert.Throws<InputException>(() => CorpusReader.ReadStrict(folder.Root));

        Assert.EndsWith("bad.jsonl", error.Path);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Review_notes_are_not_corpus_files()
    {
        using var folder = new CorpusFolder()
            .Write("pairs/a.jsonl", [CorpusFolder.Pair("p1", "Fine by me, honestly.")])
            .Write("reviews/a.jsonl", ["not a corpus line"]);

        Assert.Empty(CorpusReader.Read(folder.Root).Problems);
    }
}
