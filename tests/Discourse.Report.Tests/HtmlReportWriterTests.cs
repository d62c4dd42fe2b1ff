using AngleSharp.Html.Parser;
using Discourse.Analysis;
using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Report.Tests;

public class HtmlReportWriterTests
{
    private static ThreadAnalysis Analysis(int comments)
    {
        var builder = new ThreadBuilder(new ThreadInfo("in.txt", "Rents <and> wages", "Article"));
        var scores = new Dictionary<string, CommentScore>();
        for (var i = 0; i < comments; i++)
        {
            var link = i == 0 ? ParentLink.FromMarkup(null) : i == 2 ? ParentLink.Inferred("c1", 0.83, ["quotes"]) : ParentLink.FromMarkup($"c{i - 1}");
            builder.Add(new CommentDraft($"c{i}", i % 2 == 0 ? "ann" : "bo", $"Line one of {i} & <b>not bold</b>\nline two\n\nsecond paragraph", link));
            scores[$"c{i}"] = new CommentScore(i % 2 == 0 ? Stance.Disagree : Stance.Agree, i % 2 == 0 ? -0.8 : 0.7, Tone.Snarky, 0.1 * i);
        }

        builder.Add(new CommentDraft("gone", "", "", ParentLink.FromMarkup("c0")) { Status = CommentStatus.Deleted });
        return ThreadAnalyzer.Default.Analyze(new ScoredThread(builder.Build(), scores));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Render(ThreadAnalysis analysis, ModelCardHeadline? card = null)
    {
        var html = new StringWriter();
        HtmlReportWriter.Write(html, analysis, [new ReportChart("reply-tree", "The tree", [0x89, 0x50, 0x4E, 0x47])], card);
        return new HtmlParser().ParseDocument(html.ToString());
    }

    [Fact]
    public void Report_has_every_section_and_inlines_its_charts()
    {
        var doc = Render(Analysis(4));

        Assert.Equal(["summary", "charts", "events", "camps", "dyads", "authors", "conversation", "models"],
            doc.QuerySelectorAll("h2").Select(h => h.Id));
        var img = Assert.Single(doc.QuerySelectorAll("figure img"));
        Assert.StartsWith("data:image/png;base64,iVBORw", img.GetAttribute("src"));
        Assert.Empty(doc.QuerySelectorAll("link, script, img[src^='http']"));
    }

    [Fact]
    public void Conversation_nests_replies_escapes_text_and_marks_inferred_links()
    {
        var doc = Render(Analysis(4));

        var c3 = doc.GetElementById("c3")!;
        var lists = 0;
        for (var e = c3.ParentElement; e is not null; e = e.ParentElement)
        {
            lists += e.LocalName == "ul" ? 1 : 0;
        }

        Assert.Equal(4, lists);
        Assert.Equal(["Line one of 3 &amp; &lt;b&gt;not bold&lt;/b&gt;<br>line two", "second paragraph"],
            c3.QuerySelectorAll("p").Select(p => p.InnerHtml));
        Assert.Empty(doc.QuerySelectorAll(".comment b b"));
        var inferred = Assert.Single(doc.QuerySelectorAll(".badge.inferred"));
        Assert.Contains("0.83", inferred.TextContent);
        Assert.Equal("quotes", inferred.GetAttribute("title"));
        Assert.Contains("[deleted]", doc.GetElementById("gone")!.TextContent);
        Assert.Equal("Rents <and> wages", doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Badges_show_stance_tone_and_heat_per_scored_comment()
    {
        var doc = Render(Analysis(3));

        var c1 = doc.GetElementById("c1")!;
        Assert.Equal(["agree +0.70", "snarky"], c1.QuerySelectorAll(".badge").Take(2).Select(b => b.TextContent));
        Assert.Contains("width:10%", c1.QuerySelector(".heat span")!.GetAttribute("style"));
    }

    [Fact]
    public void Empty_thread_still_gives_a_readable_report()
    {
        var doc = Render(ThreadAnalyzer.Default.Analyze(ScoredThread.Unscored(new ThreadBuilder(new ThreadInfo("a.txt", "", "Body")).Build())));

        Assert.Contains("This article has no comments.", doc.GetElementById("conversation")!.NextElementSibling!.TextContent);
        Assert.Equal("a.txt", doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Model_card_tables_become_html_tables()
    {
        var card = new ModelCardHeadline(["## Public dev sets (never trained on)", "| set | macro-F1 |", "|---|---|", "| DEBAGREEMENT | 0.51 |"]);

        var doc = Render(Analysis(2), card);

        Assert.Equal(["DEBAGREEMENT", "0.51"], doc.QuerySelectorAll("#models ~ table td").Select(td => td.TextContent));
    }
}
