using Discourse.Readers.Html;

namespace Discourse.Readers.Tests.Html;

public class HtmlTextTests
{
    [Theory]
    [InlineData("plain text, no markup", "plain text, no markup")]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("Tom &amp; Jerry &lt;3 &#8220;hi&#8221; &nbsp;x", "Tom & Jerry <3 “hi” \u00A0x")]
    [InlineData("see <a href=\"http://x.org/a\">the report</a> or <a href=\"http://y.org\"></a>", "see the report or http://y.org")]
    [InlineData("<p>  lots   of\n\n  space </p>", "lots of space")]
    [InlineData("<script>alert(1)</script>safe", "safe")]
    [InlineData("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo")]
    public void Converts_markup_to_text(string html, string expected) =>
        Assert.Equal(expected, HtmlText.Convert(html).Text);

    [Fact]
    public void Block_quote_is_a_quotation_and_stays_visible_as_quoted_lines()
    {
        var content = HtmlText.Convert("<blockquote><p>They said this.</p><p>And that.</p></blockquote><p>I disagree.</p>");

        Assert.Equal(["They said this.\n\nAnd that."], content.Quotes);
        Assert.Equal("> They said this.\n>\n> And that.\n\nI disagree.", content.Text);
    }
}
