using Discourse.Core.Scores;
using Discourse.Scoring.Models;
using Discourse.Scoring.Tests.Support;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Training;

public class ModelTrainerTests
{
    [Theory]
    [InlineData("The bridge will be finished next spring.", "No, that is wrong and not true at all. Thanks for sharing.", Stance.Disagree, Tone.Civil)]
    [InlineData("The bridge will be finished next spring.", "Yes, exactly right, I agree with this. You are an idiot and a liar, moron.", Stance.Agree, Tone.Hostile)]
    [InlineData("The bridge will be finished next spring.", "Where can I read the full schedule? Wow, genius, lol, nice try.", Stance.Neutral, Tone.Snarky)]
    public void Fitted_models_learn_the_signal_of_the_small_corpus(string parent, string reply, Stance stance, Tone tone)
    {
        // Given models fitted on the synthetic corpus
        var models = TrainedModels.Instance;

        // When a new reply with one class's signal is scored
        var prediction = models.PredictOne(parent, reply);

        // Then both labels are the learned ones
        Assert.Equal(stance, prediction.Stance);
        Assert.Equal(tone, prediction.Tone);
    }

    [Fact]
    public void Stance_score_is_agree_minus_disagree_probability_and_heat_orders_tones()
    {
        var models = TrainedModels.Instance;
        var civil = models.PredictOne("The bridge opens soon.", "Yes, exactly right, I agree with this. Thanks for sharing.");
        var hostile = models.PredictOne("The bridge opens soon.", "No, that is wrong and not true at all. You are an idiot and a liar, moron.");

        Assert.Equal(civil.StanceProbabilities[0] - civil.StanceProbabilities[2], civil.StanceScore, 5);
        Assert.True(civil.StanceScore > 0.3, $"agree reply scored {civil.StanceScore}");
        Assert.True(hostile.StanceScore < -0.3, $"disagree reply scored {hostile.StanceScore}");
        Assert.True(hostile.Heat > civil.Heat + 0.3, $"hostile heat {hostile.Heat} vs civil {civil.Heat}");
        Assert.InRange(hostile.Heat, 0, 1);
        Assert.Equal(1.0, civil.StanceProbabilities.Sum(), 3);
    }

    [Fact]
    public void Refitting_on_the_same_rows_gives_the_same_probabilities()
    {
        var rows = TrainingRows.From(SyntheticCorpus.Items(2));
        var first = ModelTrainer.Fit(rows, ModelChoice.Default).PredictRows(rows).ToList();
        var second = ModelTrainer.Fit(TrainingRows.From(SyntheticCorpus.Items(2)), ModelChoice.Default).PredictRows(rows).ToList();

        Assert.Equal(first.SelectMany(p => p.StanceProbabilities), second.SelectMany(p => p.StanceProbabilities));
        Assert.Equal(first.Select(p => p.Heat), second.Select(p => p.Heat));
    }

    [Theory]
    [InlineData(ClassifierKind.SdcaMaximumEntropy)]
    [InlineData(ClassifierKind.LbfgsMaximumEntropy)]
    [InlineData(ClassifierKind.FastTreeLbfgsBlend)]
    public void Every_trainer_on_words_fits_the_same_pipeline(ClassifierKind kind)
    {
        var models = ModelTrainer.Fit(TrainingRows.From(SyntheticCorpus.Items()), ModelChoice.Both(new Candidate(kind, FeatureSet.DiscourseAndText)));

        var prediction = models.PredictOne("The bridge opens soon.", "I disagree, that is simply not the case. Thanks for sharing.");

        Assert.Equal(Stance.Disagree, prediction.Stance);
    }
}
