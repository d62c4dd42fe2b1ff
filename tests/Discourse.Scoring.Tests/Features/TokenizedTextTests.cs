using Discourse.Scoring.Features;

namespace Discourse.Scoring.Tests.Features;

public class TokenizedTextTests
{
    [Theory]
    [InlineData("You're WRONG, pal!", new[] { "you're", "wrong", "pal" })]
    [InlineData("It\u2019s true -- but 'no'.", new[] { "it's", "true", "but", "no" })]
    [InlineData("", new string[0])]
    public void Tokens_are_lower_case_words_with_inner_apostrophes(string text, string[] expected) =>
        Assert.Equal(expected, new TokenizedText(text).Tokens);
}
