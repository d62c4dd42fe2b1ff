using Discourse.Scoring.Features;

namespace Discourse.Scoring.Tests.Features;

public class PhraseListTests
{
    private static readonly PhraseList List = new("good point", "fuck*", "no");

    [Theory]
    [InlineData("Good point, a good point indeed", 2)]
    [InlineData("fucking hell, no", 2)]
    [InlineData("nothing good, pointless", 0)]
    public void Counts_whole_phrases_and_wildcard_prefixes(string text, int expected) =>
        Assert.Equal(expected, List.Count(new TokenizedText(text).Tokens));

    [Fact]
    public void Opens_with_looks_only_at_the_first_tokens()
    {
        var tokens = new TokenizedText("Well, no, not really").Tokens;

        Assert.False(List.OpensWith(tokens, 1));
        Assert.True(List.OpensWith(tokens, 2));
    }

    [Fact]
    public void Phrases_sharing_a_first_word_or_a_wildcard_prefix_are_all_found()
    {
        var list = new PhraseList("shut up", "shut down", "shut", "fuck*", "fuck off", "no way", "no way", "go away");
        var tokens = new TokenizedText("shut up and shut down, fucking no way, fuck off, go").Tokens;

        // "shut" starts twice, each with its two-word phrase; "fuck off" counts for fuck* and fuck off; "no way" is listed twice but counted once
        Assert.Equal(2 + 2 + 1 + 2 + 1, list.Count(tokens));
        Assert.Equal(7, list.Size);
        Assert.Equal([0, 3, 5, 6, 8], list.Positions(tokens));
        Assert.True(list.OpensWith(tokens));
        Assert.Equal(0, list.Count(new TokenizedText("go shutters nothing").Tokens));
    }
}
