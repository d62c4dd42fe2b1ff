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
}
