using Discourse.Core;

namespace Discourse.Readers.Tests.Copied;

public class CopiedSectionReaderTests
{
    [Fact]
    public void Article_title_and_body_exclude_page_chrome()
    {
        var thread = CopiedText.Read("site staff names listed here\nA headline:\n\nFirst paragraph,\nsame paragraph.\n\nSecond paragraph.\nFeatures Icon\nshow comments\n");

        Assert.Equal("A headline", thread.Title);
        Assert.Equal("First paragraph,\nsame paragraph.\n\nSecond paragraph.", thread.Article);
        Assert.Empty(thread.Comments);
    }

    [Fact]
    public void Indentation_gives_the_tree_and_the_footer_ends_the_region()
    {
        var thread = CopiedText.Read(CopiedText.Section((0, "ann", "Top."), (1, "bo", "Reply."), (0, "cy", "Another top.")));

        Assert.Equal("c1<- c2<c1 c3<-", CopiedText.Parents(thread));
        Assert.Equal([0, 1, 0], thread.Comments.Select(c => c.DisplayDepth));
        Assert.DoesNotContain(thread.Comments, c => c.Text.Contains('©'));
        Assert.All(thread.Comments, c => Assert.False(c.Link.IsInferred));
    }

    [Fact]
    public void Comment_text_keeps_lines_paragraphs_and_typography_exactly()
    {
        const string text = "A title\n\nBody.\n\n  • Ann\n\n    It’s “true” — mostly [sic]…\n    Second line.\n\n    New paragraph . . . .\n\n";

        var comment = CopiedText.Read(text).Comments.Single();

        Assert.Equal("It’s “true” — mostly [sic]…\nSecond line.\n\nNew paragraph . . . .", comment.Text);
        Assert.Equal(5, comment.Span!.Value.Line);
    }

    [Fact]
    public void Capped_exchange_between_two_people_becomes_a_chain()
    {
        var thread = CopiedText.Read(CopiedText.Section(
            (0, "ann", "Rents are falling everywhere this year."),
            (1, "bo", "They are not falling in the city centre."),
            (2, "ann", "The city centre is a small part of the market."),
            (2, "bo", "A small part where most renters actually live, Ann."),
            (2, "ann", "Most renters live in the suburbs, check the census."),
            (2, "bo", "The census you cite is six years old.")));

        Assert.Equal("c1<- c2<c1 c3<c2 c4<c3 c5<c4 c6<c5", CopiedText.Parents(thread));
        Assert.Equal([false, false, false, true, true, true], thread.Comments.Select(c => c.Link.IsInferred));
        Assert.Equal([0, 1, 2, 3, 4, 5], thread.Comments.Select(c => c.Depth));
        Assert.All(thread.Comments.Skip(3), c => Assert.Contains(c.Link.Evidence, e => e.Contains("authors alternate")));
    }

    [Fact]
    public void Two_people_each_answering_the_capped_comment_stay_siblings()
    {
        var thread = CopiedText.Read(CopiedText.Section(
            (0, "ann", "The stadium will pay for itself."),
            (1, "bo", "Stadiums never pay for themselves."),
            (2, "cy", "Depends on the lease terms, honestly."),
            (2, "dee", "Agreed with bo, look at every stadium deal since 1990.")));

        Assert.Equal("c1<- c2<c1 c3<c2 c4<c2", CopiedText.Parents(thread));
        Assert.DoesNotContain(thread.Comments, c => c.Link.IsInferred);
    }

    [Fact]
    public void A_third_persons_aside_after_a_capped_chain_stays_under_the_drawn_parent()
    {
        var thread = CopiedText.Read(CopiedText.Section(
            (0, "ann", "Ferries should run all night."),
            (1, "bo", "Nobody rides them after ten."),
            (2, "ann", "Because they stop at nine."),
            (2, "bo", "They stopped at nine because nobody rode them, ann."),
            (2, "eve", "Fun fact: the first ferry here ran in 1887.")));

        Assert.Equal("c1<- c2<c1 c3<c2 c4<c3 c5<c2", CopiedText.Parents(thread));
    }

    [Fact]
    public void A_reply_quoting_an_earlier_comment_of_the_run_links_to_it()
    {
        var thread = CopiedText.Read(CopiedText.Section(
            (0, "ann", "The levy will fund two libraries."),
            (1, "bo", "It funds one library and a parking garage."),
            (2, "cy", "The garage was dropped in March."),
            (2, "dee", "Nobody mentions the maintenance costs at all."),
            (2, "bo", "“dropped in March” is news to me, where was that reported?")));

        Assert.Equal("c5<c3", CopiedText.Parents(thread).Split(' ')[4]);
        Assert.Contains(thread.Find("c5")!.Link.Evidence, e => e.StartsWith("quotes “dropped in March”"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("show comments\nReply\n")]
    public void Text_with_neither_article_nor_comments_is_an_input_error(string text)
    {
        var error = Assert.Throws<InputException>(() => CopiedText.Read(text));

        Assert.Contains("no article title or comments", error.Message);
    }
}
