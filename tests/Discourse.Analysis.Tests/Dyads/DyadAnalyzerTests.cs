using Discourse.Analysis.Authors;
using Discourse.Analysis.Dyads;
using Discourse.Core.Scores;

namespace Discourse.Analysis.Tests.Dyads;

public class DyadAnalyzerTests
{
    private static readonly ScoredThread Thread = ScoredThreads.Of(
        ("a", null, "ann", Stance.Neutral, 0, 0.1),
        ("b", "a", "bo", Stance.Disagree, -1, 0.5),
        ("c", "b", "ann", Stance.Disagree, -1, 0.7),
        ("d", "c", "bo", Stance.Agree, 1, 0.3),
        ("e", "a", "bo", Stance.Agree, 1, 0.1));

    [Fact]
    public void Ordered_pairs_count_replies_mean_heat_and_disagreement()
    {
        var dyads = DyadAnalyzer.Analyze(Thread).ToDictionary(d => (d.From, d.To));

        Assert.Equal(2, dyads.Count);
        Assert.Equal((1, 0.7, 1.0), (dyads[("ann", "bo")].Replies, dyads[("ann", "bo")].MeanHeat, dyads[("ann", "bo")].DisagreementShare));
        Assert.Equal(3, dyads[("bo", "ann")].Replies);
        Assert.Equal(0.3, dyads[("bo", "ann")].MeanHeat, 6);
        Assert.Equal(1.0 / 3, dyads[("bo", "ann")].DisagreementShare, 6);
    }

    [Fact]
    public void Author_profiles_count_stances_and_heat()
    {
        var bo = AuthorProfiler.Profile(Thread).Single(p => p.Author == "bo");

        Assert.Equal((3, 1, 0, 2), (bo.Comments, bo.Disagree, bo.Neutral, bo.Agree));
        Assert.Equal(0.5, bo.MaxHeat);
    }
}
