using Discourse.Core.Scores;
using Discourse.Corpus.Records;
using Discourse.Scoring.Models;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Training;

public class HeatShareSearchTests
{
    private static readonly Tone[] Tones = [Tone.Civil, Tone.Snarky, Tone.Hostile];

    /// <summary>Predictions where only <paramref name="informative"/> follows the gold tone; the other views are noise.</summary>
    private static List<OutOfFoldPrediction> Predictions(string informative)
    {
        var random = new Random(7);
        return Enumerable.Range(0, 300).Select(i =>
        {
            var tone = Tones[i % 3];
            var signal = (float)(((int)tone * 0.4) + (random.NextDouble() * 0.15));
            float Noise() => (float)random.NextDouble();
            float[] toneProbabilities = informative == "tone"
                ? tone switch { Tone.Civil => [0.8f, 0.1f, 0.1f], Tone.Snarky => [0.2f, 0.6f, 0.2f], _ => [0.1f, 0.2f, 0.7f] }
                : [Noise(), Noise(), Noise()];
            var sum = toneProbabilities.Sum();
            var prediction = new ReplyPrediction(
                $"r{i}",
                [1f / 3, 1f / 3, 1f / 3],
                toneProbabilities.Select(p => p / sum).ToArray(),
                informative == "regression" ? signal : Noise(),
                informative == "lexicon" ? signal : Noise(),
                HeatShares.Equal);
            var item = new LabelledReply($"r{i}", "The ferry runs at nine.", "A reply.", Stance.Neutral, tone, 0.1, CorpusSplit.Train);
            return new OutOfFoldPrediction(item, null, prediction);
        }).ToList();
    }

    [Theory]
    [InlineData("regression")]
    [InlineData("tone")]
    [InlineData("lexicon")]
    public void The_view_that_follows_the_gold_tone_gets_the_largest_share(string informative)
    {
        var choice = HeatShareSearch.Choose(Predictions(informative));

        var shares = choice.Chosen.Shares;
        var share = informative switch { "regression" => shares.Regression, "tone" => shares.Tone, _ => shares.Lexicon };
        Assert.True(share > 0.5, $"{informative} got {shares}");
        Assert.True(choice.Chosen.Objective > choice.Equal.Objective, $"chosen {choice.Chosen} vs equal {choice.Equal}");
    }

    [Fact]
    public void Equal_shares_are_measured_for_comparison()
    {
        var predictions = Predictions("tone");

        var choice = HeatShareSearch.Choose(predictions);

        Assert.Equal(HeatShares.Equal, choice.Equal.Shares);
        Assert.InRange(choice.Equal.NotCivil, 0.5, 1.0);
        Assert.InRange(choice.Chosen.Hostile, choice.Equal.Hostile, 1.0);
    }

    [Fact]
    public void No_predictions_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HeatShareSearch.Choose([]));
    }
}
