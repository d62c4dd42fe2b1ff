using Discourse.Core.Threads;

namespace Discourse.Core.Tests.Threads;

public class ThreadBuilderTests
{
    private static readonly ThreadInfo Info = new("test", "Title", "Article body");

    private static CommentDraft Draft(string id, string? parent, string author = "a") =>
        new(id, author, $"text of {id}", ParentLink.FromMarkup(parent));

    [Fact]
    public void Builds_depths_children_and_document_order()
    {
        var thread = new ThreadBuilder(Info)
            .Add(Draft("1", null)).Add(Draft("2", "1")).Add(Draft("3", "2")).Add(Draft("4", "1")).Add(Draft("5", null))
            .Build();

        Assert.Equal([0, 1, 2, 1, 0], thread.Comments.Select(c => c.Depth));
        Assert.Equal(["2", "4"], thread.Find("1")!.Children.Select(c => c.Id));
        Assert.Equal(["1", "5"], thread.TopLevel.Select(c => c.Id));
        Assert.Equal([0, 1, 2, 3, 4], thread.Comments.Select(c => c.Order));
        Assert.Equal("text of 2", thread.TextAnsweredBy(thread.Find("3")!));
        Assert.Equal("Article body", thread.TextAnsweredBy(thread.Find("1")!));
    }

    [Fact]
    public void Top_level_comments_of_a_post_answer_its_title_and_body()
    {
        var post = new ThreadBuilder(Info with { IsPost = true }).Add(Draft("1", null)).Add(Draft("2", "1")).Build();
        var linkPost = new ThreadBuilder(new ThreadInfo("test", "Is this legal?", "") { IsPost = true }).Add(Draft("1", null)).Build();

        Assert.Equal("Title: Title \n Article body", post.TextAnsweredBy(post.Find("1")!));
        Assert.Equal("text of 1", post.TextAnsweredBy(post.Find("2")!));
        Assert.Equal("Title: Is this legal?", linkPost.TextAnsweredBy(linkPost.Find("1")!));
    }

    [Fact]
    public void Parent_given_later_in_the_document_still_links()
    {
        var thread = new ThreadBuilder(Info).Add(Draft("child", "parent")).Add(Draft("parent", null)).Build();

        Assert.Equal(1, thread.Find("child")!.Depth);
        Assert.Equal(CommentFlags.None, thread.Find("child")!.Flags);
    }

    [Fact]
    public void Orphan_attaches_to_the_article_and_is_flagged()
    {
        var thread = new ThreadBuilder(Info).Add(Draft("1", "missing")).Build();

        var orphan = thread.Find("1")!;
        Assert.Null(orphan.ParentId);
        Assert.Equal(0, orphan.Depth);
        Assert.True(orphan.Flags.HasFlag(CommentFlags.Orphan));
    }

    [Fact]
    public void Self_reply_is_cut_and_flagged()
    {
        var thread = new ThreadBuilder(Info).Add(Draft("1", "1")).Build();

        Assert.True(thread.Find("1")!.Flags.HasFlag(CommentFlags.SelfReply));
        Assert.Null(thread.Find("1")!.ParentId);
    }

    [Fact]
    public void Cycle_is_broken_once_and_every_comment_kept()
    {
        var thread = new ThreadBuilder(Info).Add(Draft("a", "c")).Add(Draft("b", "a")).Add(Draft("c", "b")).Build();

        Assert.Equal(3, thread.Comments.Count);
        Assert.Single(thread.Comments, c => c.Flags.HasFlag(CommentFlags.CycleBroken));
        Assert.Single(thread.TopLevel);
        Assert.Equal([0, 1, 2], thread.Comments.Select(c => c.Depth).Order());
    }

    [Fact]
    public void Duplicate_id_gets_a_suffix_and_replies_go_to_the_first()
    {
        var thread = new ThreadBuilder(Info).Add(Draft("x", null)).Add(Draft("x", null)).Add(Draft("y", "x")).Build();

        Assert.Equal(["x", "x#2", "y"], thread.Comments.Select(c => c.Id));
        Assert.True(thread.Find("x#2")!.Flags.HasFlag(CommentFlags.DuplicateId));
        Assert.Equal("x", thread.Find("y")!.ParentId);
    }

    [Fact]
    public void Deep_chain_does_not_overflow_the_stack()
    {
        var builder = new ThreadBuilder(Info).Add(Draft("0", null));
        for (var i = 1; i < 200_000; i++)
        {
            builder.Add(Draft(i.ToString(), (i - 1).ToString()));
        }

        var thread = builder.Build();

        Assert.Equal(199_999, thread.Comments[^1].Depth);
    }
}
