using Discourse.Core.Threads;
using Discourse.Readers.HackerNews;

namespace Discourse.Readers.Tests.Formats;

public class HackerNewsReaderTests
{
    [Fact]
    public void Algolia_children_nest_and_html_becomes_text()
    {
        const string item = """
            {"id":1,"created_at_i":1175714200,"type":"story","author":"dh","title":"My app","story_id":1,"children":[
              {"id":2,"created_at_i":1175714300,"type":"comment","author":"pg","text":"<p>Nice &gt; old</p><p>Ship it</p>","parent_id":1,"children":[
                {"id":3,"created_at_i":1175714400,"type":"comment","author":null,"text":null,"parent_id":2,"children":[]}]}]}
            """;

        var thread = ReaderFixtures.ReadOne(new AlgoliaItemReader(), item);

        Assert.Equal("My app", thread.Title);
        Assert.True(thread.Info.IsPost);
        Assert.Equal("Nice > old\n\nShip it", thread.Find("2")!.Text);
        Assert.Equal("2", thread.Find("3")!.ParentId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1175714300), thread.Find("2")!.Created);
    }

    [Fact]
    public void Firebase_items_follow_kids_order_and_mark_missing_dead_and_deleted()
    {
        const string lines = """
            {"id":10,"by":"op","time":100,"type":"story","title":"Story","kids":[12,11,99]}
            {"id":11,"by":"a","time":101,"type":"comment","parent":10,"text":"first by time"}
            {"id":12,"by":"b","time":102,"type":"comment","parent":10,"text":"ranked first","kids":[13]}
            {"id":13,"time":103,"type":"comment","parent":12,"deleted":true}
            {"id":14,"by":"c","time":104,"type":"comment","parent":10,"dead":true,"text":"flagged"}
            """;

        var threads = ReaderFixtures.Read(new FirebaseItemReader(), lines);

        var thread = threads[0];
        Assert.Equal(["12", "13", "11"], thread.Comments.Where(c => c.Status != CommentStatus.NotLoaded).Select(c => c.Id));
        Assert.Equal(CommentStatus.Deleted, thread.Find("13")!.Status);
        var missing = Assert.Single(thread.Comments, c => c.Status == CommentStatus.NotLoaded);
        Assert.Equal(1, missing.NotLoadedCount);

        // Item 14 names the story as parent but the story's kids do not list it: kept, not dropped.
        var rest = Assert.Single(threads.Skip(1));
        Assert.Equal(CommentStatus.Removed, rest.Find("14")!.Status);
    }
}
