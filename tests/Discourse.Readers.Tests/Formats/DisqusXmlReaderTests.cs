using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Disqus;

namespace Discourse.Readers.Tests.Formats;

public class DisqusXmlReaderTests
{
    private const string Export = """
        <?xml version="1.0" encoding="utf-8"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <category dsq:id="1"><title>General</title></category>
          <thread dsq:id="10"><title>First page</title><link>http://example.org/a</link></thread>
          <thread dsq:id="20"><title>Second page</title></thread>
          <post dsq:id="100">
            <message><![CDATA[<p>Hello &amp; welcome.</p><p>Second<br>line <a href="http://x.org">here</a></p>]]></message>
            <createdAt>2013-10-10T19:20:29Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>
            <author><name>peter</name></author><thread dsq:id="10"/>
          </post>
          <post dsq:id="101">
            <message/><isDeleted>true</isDeleted><isSpam>false</isSpam>
            <author><name></name></author><thread dsq:id="10"/><parent dsq:id="100"/>
          </post>
          <post dsq:id="102">
            <message><![CDATA[<blockquote>Hello &amp; welcome.</blockquote><p>Welcome yourself.</p>]]></message>
            <isDeleted>false</isDeleted><isSpam>false</isSpam>
            <author><name>anna</name></author><thread dsq:id="10"/><parent dsq:id="101"/>
          </post>
          <post dsq:id="200">
            <message>buy pills</message><isDeleted>false</isDeleted><isSpam>true</isSpam>
            <author><name>bot</name></author><thread dsq:id="20"/>
          </post>
          <post dsq:id="300">
            <message>lost</message><author><name>x</name></author><thread dsq:id="99"/><parent dsq:id="299"/>
          </post>
        </disqus>
        """;

    [Fact]
    public void Each_page_with_posts_is_a_thread_in_file_order()
    {
        var threads = ReaderFixtures.Read(new DisqusXmlReader(), Export);

        Assert.Equal(["First page", "Second page", "(thread 99 is not in the file)"], threads.Select(t => t.Title));
        Assert.Equal("http://example.org/a", threads[0].Info.Url);
    }

    [Fact]
    public void Deleted_post_stays_as_a_placeholder_and_keeps_its_reply()
    {
        var thread = ReaderFixtures.Read(new DisqusXmlReader(), Export)[0];

        Assert.Equal(CommentStatus.Deleted, thread.Find("101")!.Status);
        Assert.Equal("101", thread.Find("102")!.ParentId);
        Assert.Equal(2, thread.Find("102")!.Depth);
    }

    [Fact]
    public void Html_message_becomes_text_with_paragraphs_links_and_quotes()
    {
        var thread = ReaderFixtures.Read(new DisqusXmlReader(), Export)[0];

        Assert.Equal("Hello & welcome.\n\nSecond\nline here", thread.Find("100")!.Text);
        Assert.Equal(["Hello & welcome."], thread.Find("102")!.Quotes);
        Assert.Equal(new DateTimeOffset(2013, 10, 10, 19, 20, 29, TimeSpan.Zero), thread.Find("100")!.Created);
    }

    [Fact]
    public void Spam_and_orphans_are_kept_and_marked()
    {
        var threads = ReaderFixtures.Read(new DisqusXmlReader(), Export);

        Assert.Equal(CommentStatus.Spam, threads[1].Find("200")!.Status);
        Assert.True(threads[2].Find("300")!.Flags.HasFlag(CommentFlags.Orphan));
    }

    [Fact]
    public void Malformed_xml_names_line_and_column()
    {
        var error = Assert.Throws<InputException>(() =>
            ReaderFixtures.Read(new DisqusXmlReader(), "<disqus>\n<post dsq:id=5>\n</disqus>"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("malformed XML", error.Message);
    }
}
