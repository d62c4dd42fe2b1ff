using Discourse.Core.Threads;
using Discourse.Readers.WordPress;

namespace Discourse.Readers.Tests.Formats;

public class WxrReaderTests
{
    private const string Export = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <item><title>No comments here</title><wp:post_id>1</wp:post_id></item>
          <item>
            <title>Hello</title><wp:post_id>2</wp:post_id><content:encoded><![CDATA[Post body.]]></content:encoded>
            <wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author><![CDATA[Ann]]></wp:comment_author>
              <wp:comment_date_gmt>2014-01-14 17:32:12</wp:comment_date_gmt>
              <wp:comment_content><![CDATA[First line
        second line

        New paragraph]]></wp:comment_content>
              <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
            <wp:comment><wp:comment_id>6</wp:comment_id><wp:comment_author>Spammer</wp:comment_author>
              <wp:comment_content>cheap</wp:comment_content><wp:comment_approved>spam</wp:comment_approved><wp:comment_parent>5</wp:comment_parent></wp:comment>
            <wp:comment><wp:comment_id>7</wp:comment_id><wp:comment_author>Held</wp:comment_author>
              <wp:comment_content>wait</wp:comment_content><wp:comment_approved>0</wp:comment_approved><wp:comment_parent>6</wp:comment_parent></wp:comment>
            <wp:comment><wp:comment_id>8</wp:comment_id><wp:comment_author>Gone</wp:comment_author>
              <wp:comment_content>bye</wp:comment_content><wp:comment_approved>trash</wp:comment_approved><wp:comment_parent>5</wp:comment_parent></wp:comment>
          </item>
        </channel></rss>
        """;

    [Fact]
    public void Posts_with_comments_are_threads_with_paragraphs_kept()
    {
        var thread = ReaderFixtures.ReadOne(new WxrReader(), Export);

        Assert.Equal("Hello", thread.Title);
        Assert.Equal("2", thread.Id);
        Assert.Equal("First line\nsecond line\n\nNew paragraph", thread.Find("5")!.Text);
        Assert.Equal(new DateTimeOffset(2014, 1, 14, 17, 32, 12, TimeSpan.Zero), thread.Find("5")!.Created);
    }

    [Fact]
    public void Approval_status_gives_spam_pending_and_deleted_placeholders_in_place()
    {
        var thread = ReaderFixtures.ReadOne(new WxrReader(), Export);

        Assert.Equal(
            [CommentStatus.Visible, CommentStatus.Spam, CommentStatus.Pending, CommentStatus.Deleted],
            thread.Comments.Select(c => c.Status));
        Assert.Equal(2, thread.Find("7")!.Depth);
    }
}
