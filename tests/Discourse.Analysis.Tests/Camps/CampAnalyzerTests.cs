using Discourse.Analysis.Camps;
using Discourse.Core.Scores;

namespace Discourse.Analysis.Tests.Camps;

public class CampAnalyzerTests
{
    [Fact]
    public void Disagreement_flips_the_side_agreement_keeps_it_neutral_weakens_it()
    {
        var scored = ScoredThreads.Of(
            ("a", null, "ann", Stance.Disagree, -1, 0.2),
            ("b", "a", "bo", Stance.Disagree, -1, 0.3),
            ("c", "b", "cy", Stance.Agree, 1, 0.2),
            ("d", "c", "dee", Stance.Neutral, 0, 0.1));

        var sides = CampAnalyzer.Sides(scored).ToDictionary(s => s.Comment.Id);

        Assert.Equal([Side.Against, Side.For, Side.For, Side.For], new[] { "a", "b", "c", "d" }.Select(id => sides[id].Side));
        Assert.True(sides["d"].Confidence < sides["c"].Confidence * 0.6);
    }

    [Fact]
    public void Seed_thread_gold_labels_put_its_two_debaters_in_opposite_camps()
    {
        var seed = ScoredThreads.Labelled().Single(t => t.Thread.Id == "seed-001");

        var camps = ThreadAnalyzer.Default.Analyze(seed).Camps.ToDictionary(c => c.Author);

        Assert.Equal(Side.Against, camps["FriendlyGoat"].Side);
        Assert.Equal(Side.For, camps["Andrew Allison"].Side);
        Assert.Equal(1.0, camps["FriendlyGoat"].Consistency, 6);
    }

    [Fact]
    public void An_author_on_both_sides_equally_is_unaligned()
    {
        var scored = ScoredThreads.Of(
            ("a", null, "ann", Stance.Agree, 1, 0.2),
            ("b", null, "ann", Stance.Disagree, -1, 0.2));

        var camp = CampAnalyzer.Camps(CampAnalyzer.Sides(scored)).Single();

        Assert.Equal(Side.Unaligned, camp.Side);
    }
}
