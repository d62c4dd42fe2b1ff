using Discourse.Analysis.Chains;
using Discourse.Analysis.Escalation;
using Discourse.Core.Scores;

namespace Discourse.Analysis.Tests.Escalation;

public class EscalationDetectorTests
{
    private static readonly EscalationDetector Detector = new(EscalationThresholds.Default);

    private static IReadOnlyList<EscalationEvent> Detect(ScoredThread scored) => Detector.Detect(scored, ChainFinder.Find(scored));

    [Fact]
    public void Heat_jump_turn_to_disagreement_and_staying_hot_are_found_once()
    {
        var scored = ScoredThreads.Of(
            ("a", null, "ann", Stance.Agree, 0.8, 0.1),
            ("b", "a", "bo", Stance.Agree, 0.7, 0.15),
            ("c", "b", "ann", Stance.Disagree, -0.9, 0.55),
            ("d", "c", "bo", Stance.Disagree, -0.9, 0.7),
            ("e", "d", "ann", Stance.Disagree, -0.9, 0.8),
            ("f", "d", "cy", Stance.Disagree, -0.8, 0.75));

        var events = Detect(scored);

        Assert.Equal(["c:HeatJump", "c:TurnToDisagreement", "c:StaysHot"],
            events.Where(e => e.Comment.Id == "c").Select(e => $"{e.Comment.Id}:{e.Kind}"));
        Assert.Single(events, e => e.Kind == EscalationEventKind.StaysHot);
        Assert.DoesNotContain(events, e => e.Kind is EscalationEventKind.Cooling or EscalationEventKind.TurnToAgreement);
    }

    [Fact]
    public void Cooling_reconciliation_and_partial_concession_are_de_escalation()
    {
        var scored = ScoredThreads.Conceding(ScoredThreads.Of(
            ("a", null, "ann", Stance.Disagree, -0.9, 0.8),
            ("b", "a", "bo", Stance.Disagree, -0.3, 0.3),
            ("c", "b", "ann", Stance.Agree, 0.8, 0.1)), "b");

        var kinds = Detect(scored).Select(e => (e.Comment.Id, e.Kind)).ToList();

        Assert.Contains(("b", EscalationEventKind.Cooling), kinds);
        Assert.Contains(("b", EscalationEventKind.PartialConcession), kinds);
        Assert.Contains(("c", EscalationEventKind.TurnToAgreement), kinds);
        Assert.DoesNotContain(kinds, k => k.Kind == EscalationEventKind.StaysHot);
    }

    [Fact]
    public void An_unsure_disagreement_without_a_conceding_phrase_is_no_concession()
    {
        var scored = ScoredThreads.Of(
            ("a", null, "ann", Stance.Agree, 0.6, 0.2),
            ("b", "a", "bo", Stance.Disagree, -0.05, 0.25));

        Assert.DoesNotContain(Detect(scored), e => e.Kind == EscalationEventKind.PartialConcession);
        Assert.Contains(Detect(ScoredThreads.Conceding(scored, "b")), e => e.Kind == EscalationEventKind.PartialConcession);
    }

    [Fact]
    public void Escalation_index_is_the_fitted_rise_along_the_chain()
    {
        var rising = ScoredThreads.Of(("a", null, "x", Stance.Disagree, -1, 0.1), ("b", "a", "y", Stance.Disagree, -1, 0.3), ("c", "b", "x", Stance.Disagree, -1, 0.5));
        var falling = ScoredThreads.Of(("a", null, "x", Stance.Disagree, -1, 0.9), ("b", "a", "y", Stance.Disagree, -1, 0.5));

        Assert.Equal(0.4, EscalationDetector.EscalationIndex(ChainFinder.Find(rising).Single()), 6);
        Assert.Equal(-0.4, EscalationDetector.EscalationIndex(ChainFinder.Find(falling).Single()), 6);
    }

    [Fact]
    public void Our_escalating_threads_score_higher_than_our_de_escalating_ones()
    {
        var shapes = ScoredThreads.Shapes();
        var indices = ScoredThreads.Labelled()
            .Where(t => shapes.ContainsKey(t.Thread.Id!))
            .GroupBy(t => shapes[t.Thread.Id!])
            .ToDictionary(g => g.Key, g => g.Average(t => ThreadAnalyzer.Default.Analyze(t).EscalationIndex));

        Assert.True(indices["escalates"] > 0.1, $"escalates {indices["escalates"]:0.00}");
        Assert.True(indices["de-escalates"] < -0.1, $"de-escalates {indices["de-escalates"]:0.00}");
        Assert.True(Math.Abs(indices["calm"]) < indices["escalates"]);
    }
}
