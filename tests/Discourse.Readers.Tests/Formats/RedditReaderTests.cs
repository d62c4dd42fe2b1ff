using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Reddit;

namespace Discourse.Readers.Tests.Formats;

public class RedditReaderTests
{
    private const string Submission = """
        [{"kind":"Listing","data":{"children":[{"kind":"t3","data":{"id":"abc","title":"Rents &amp; wages","selftext":"Discuss.","created_utc":1600000000.0,"permalink":"/r/x/comments/abc/"}}]}},
         {"kind":"Listing","data":{"children":[
           {"kind":"t1","data":{"id":"c1","author":"alice","body":"> rents rose\n\nThey fell in May.","parent_id":"t3_abc","created_utc":1600000100,
             "replies":{"kind":"Listing","data":{"children":[
               {"kind":"t1","data":{"id":"c2","author":"[deleted]","body":"[deleted]","parent_id":"t1_c1","created_utc":1600000200,
                 "replies":{"kind":"Listing","data":{"children":[
                   {"kind":"t1","data":{"id":"c3","author":"bob","body":"Source?","parent_id":"t1_c2","created_utc":1600000300,"replies":""}}]}}}},
               {"kind":"t1","data":{"id":"c4","author":"carol","body":"[removed]","parent_id":"t1_c1","created_utc":1600000400,"replies":""}},
               {"kind":"more","data":{"id":"m1","count":7,"parent_id":"t1_c1","children":["x","y"]}}]}}}},
           {"kind":"more","data":{"id":"_","count":0,"parent_id":"t3_abc","children":[]}}]}}]
        """;

    [Fact]
    public void Submission_listing_nests_replies_under_the_post()
    {
        var thread = ReaderFixtures.ReadOne(new RedditJsonReader(), Submission);

        Assert.Equal("Rents & wages", thread.Title);
        Assert.Equal("Discuss.", thread.Article);
        Assert.True(thread.Info.IsPost);
        var loaded = thread.Comments.Where(c => c.Status != CommentStatus.NotLoaded).ToList();
        Assert.Equal(["c1", "c2", "c3", "c4"], loaded.Select(c => c.Id));
        Assert.Equal([0, 1, 2, 1], loaded.Select(c => c.Depth));
        Assert.Equal("c2", thread.Find("c3")!.ParentId);
    }

    [Fact]
    public void Deleted_removed_and_more_stubs_are_placeholders()
    {
        var thread = ReaderFixtures.ReadOne(new RedditJsonReader(), Submission);

        Assert.Equal(CommentStatus.Deleted, thread.Find("c2")!.Status);
        Assert.Equal("", thread.Find("c2")!.Text);
        Assert.Equal(CommentStatus.Removed, thread.Find("c4")!.Status);
        var more = thread.Comments.Where(c => c.Status == CommentStatus.NotLoaded).ToList();
        Assert.Equal([7, 0], more.Select(m => m.NotLoadedCount));
        Assert.Equal(["c1", null], more.Select(m => m.ParentId));
    }

    [Fact]
    public void Quoted_lines_are_quotations_and_times_are_utc()
    {
        var c1 = ReaderFixtures.ReadOne(new RedditJsonReader(), Submission).Find("c1")!;

        Assert.Equal(["rents rose"], c1.Quotes);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1600000100), c1.Created);
    }

    [Fact]
    public void Dump_lines_are_grouped_by_post_even_when_interleaved()
    {
        const string dump = """
            {"id":"a1","link_id":"t3_p1","parent_id":"t3_p1","author":"x","body":"first in p1","created_utc":1}
            {"id":"b1","link_id":"t3_p2","parent_id":"t3_p2","author":"y","body":"first in p2","created_utc":2}
            {"id":"a2","link_id":"t3_p1","parent_id":"t1_a1","author":"y","body":"reply in p1","created_utc":3}
            {"id":"b2","link_id":"t3_p2","parent_id":"t1_zz","author":"x","body":"parent missing","created_utc":4}
            """;

        var threads = ReaderFixtures.Read(new RedditDumpReader(), dump);

        Assert.Equal(["p1", "p2"], threads.Select(t => t.Id));
        Assert.Equal("a1", threads[0].Find("a2")!.ParentId);
        Assert.True(threads[1].Find("b2")!.Flags.HasFlag(CommentFlags.Orphan));
    }

    [Fact]
    public void Bad_dump_line_is_reported_with_its_line_number()
    {
        const string dump = "{\"id\":\"a1\",\"link_id\":\"t3_p\",\"parent_id\":\"t3_p\",\"body\":\"ok\"}\n\n{\"id\":\"a2\",\"link_id\":";

        var error = Assert.Throws<InputException>(() => ReaderFixtures.Read(new RedditDumpReader(), dump));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Json_that_is_not_a_listing_is_rejected()
    {
        var error = Assert.Throws<InputException>(() => ReaderFixtures.Read(new RedditJsonReader(), """{"kind":"t5","data":{}}"""));

        Assert.Contains("no reddit post or comments", error.Message);
    }
}
