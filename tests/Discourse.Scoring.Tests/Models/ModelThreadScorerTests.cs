using Discourse.Core.Scores;
using Discourse.Core.Threads;
using Discourse.Scoring.Models;
using Discourse.Scoring.Tests.Support;

namespace Discourse.Scoring.Tests.Models;

public class ModelThreadScorerTests
{
    [Fact]
    public void Every_visible_comment_is_scored_against_its_parent_and_placeholders_are_not()
    {
        // Given a thread: a top-level comment, a hostile rebuttal of it, and a deleted comment
        var thread = new ThreadBuilder(new ThreadInfo("test", "Bridge", "The bridge opens next spring."))
            .Add(new CommentDraft("a", "Ann", "Yes, exactly right, I agree with this. Thanks for sharing.", ParentLink.FromMarkup(null)))
            .Add(new CommentDraft("b", "Bob", "No, that is wrong and not true at all. You are an idiot and a liar, moron.", ParentLink.FromMarkup("a")))
            .Add(new CommentDraft("c", "", "", ParentLink.FromMarkup("a")) { Status = CommentStatus.Deleted })
            .Build();

        // When it is scored
        var scored = new ModelThreadScorer(TrainedModels.Instance).Score(thread);

        // Then the two visible comments have scores and the placeholder has none
        Assert.Equal(["a", "b"], scored.Scores.Keys.Order());
        Assert.Equal(Stance.Agree, scored.Scores["a"].Stance);
        Assert.Equal(Stance.Disagree, scored.Scores["b"].Stance);
        Assert.Equal(Tone.Hostile, scored.Scores["b"].Tone);
        Assert.True(scored.Scores["b"].Heat > scored.Scores["a"].Heat);
    }

    [Fact]
    public void A_reply_that_grants_a_point_in_words_is_marked_as_conceding()
    {
        var thread = new ThreadBuilder(new ThreadInfo("test", "Bridge", "The bridge opens next spring."))
            .Add(new CommentDraft("a", "Ann", "The bridge will fix the traffic.", ParentLink.FromMarkup(null)))
            .Add(new CommentDraft("b", "Bob", "It's true that it helps the north side, but the south gets nothing.", ParentLink.FromMarkup("a")))
            .Add(new CommentDraft("c", "Cy", "No, it will not fix anything.", ParentLink.FromMarkup("a")))
            .Build();

        var scored = new ModelThreadScorer(TrainedModels.Instance).Score(thread);

        Assert.True(scored.Scores["b"].Concedes);
        Assert.False(scored.Scores["c"].Concedes);
        Assert.False(scored.Scores["a"].Concedes);
    }
}
