using Discourse.Core.Scores;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Tests.Records;

public class LabelledReplyTests
{
    private static LabelledReply Pair(string id) =>
        new(id, "The bridge is closed.", "It opens again on Monday.", Stance.Neutral, Tone.Civil, 0.05, CorpusSplit.Train);

    [Theory]
    [InlineData("pa-0001", "slice A")]
    [InlineData("pj-4200", "slice J")]
    [InlineData("x-17", "other")]
    [InlineData("p1-0003", "other")]
    [InlineData("pq", "other")]
    public void A_pair_belongs_to_the_slice_its_id_names(string id, string slice) =>
        Assert.Equal(slice, Pair(id).Slice);

    [Fact]
    public void A_thread_comment_belongs_to_the_threads_whatever_its_id() =>
        Assert.Equal("threads", (Pair("pa-0001") with { ThreadId = "t01" }).Slice);
}
