using Discourse.Core;
using Discourse.Scoring.Models;
using Discourse.Scoring.Tests.Support;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Models;

public class ModelStoreTests
{
    [Fact]
    public void Saved_models_load_and_predict_the_same()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        ModelStore.Save(TrainedModels.Instance, dir);

        var loaded = ModelStore.Load(dir);

        var reply = ("x", "The bridge opens soon.", "No, that is wrong. You are an idiot.");
        var before = TrainedModels.Instance.Predict([reply]).Single();
        var after = loaded.Predict([reply]).Single();
        Assert.Equal(before.StanceProbabilities, after.StanceProbabilities);
        Assert.Equal(before.Heat, after.Heat);
    }

    [Fact]
    public void A_blended_model_saves_and_loads_with_its_probability_mapping()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        var blend = new Candidate(ClassifierKind.FastTreeLbfgsBlend, FeatureSet.DiscourseAndText);
        var models = ModelTrainer.Fit(TrainingRows.From(SyntheticCorpus.Items()), ModelChoice.Both(blend));
        ModelStore.Save(models, dir);

        var loaded = ModelStore.Load(dir);

        var reply = ("x", "The bridge opens soon.", "Yes, exactly right. You are an idiot.");
        var before = models.Predict([reply]).Single();
        var after = loaded.Predict([reply]).Single();
        Assert.Equal(before.StanceProbabilities, after.StanceProbabilities);
        Assert.Equal(before.ToneProbabilities, after.ToneProbabilities);
        Assert.Equal(1.0, after.StanceProbabilities.Sum(), 3);
    }

    [Fact]
    public void A_missing_model_file_is_a_clear_input_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);

        var error = Assert.Throws<InputException>(() => ModelStore.Load(dir));

        Assert.Contains("model file not found", error.Message);
        Assert.EndsWith(ModelFiles.Stance, error.Path);
    }

    [Fact]
    public void Saved_models_keep_their_heat_shares()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        var shares = new HeatShares(0.1, 0.85, 0.05);
        ModelStore.Save(TrainedModels.Instance.With(shares), dir);

        var loaded = ModelStore.Load(dir);

        Assert.Equal(shares, loaded.HeatShares);
        var reply = ("x", "The bridge opens soon.", "No, that is wrong. You are an idiot.");
        Assert.Equal(shares, loaded.Predict([reply]).Single().HeatShares);
    }

    [Fact]
    public void A_models_folder_without_heat_shares_is_a_clear_input_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        ModelStore.Save(TrainedModels.Instance, dir);
        File.Delete(Path.Combine(dir, ModelFiles.HeatShares));

        var error = Assert.Throws<InputException>(() => ModelStore.Load(dir));

        Assert.Contains("heat shares file not found", error.Message);
        Assert.EndsWith(ModelFiles.HeatShares, error.Path);
    }

    [Fact]
    public void A_corrupt_model_file_is_a_clear_input_error()
    {
        var dir = Path.GetDirectoryName(TempFiles.Write(ModelFiles.Stance, "this is not a zip"))!;
        File.WriteAllText(Path.Combine(dir, ModelFiles.Tone), "neither is this");

        var error = Assert.Throws<InputException>(() => ModelStore.Load(dir));

        Assert.Contains("not a readable ML.NET model", error.Message);
    }

    [Fact]
    public void Swapped_model_files_are_refused()
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        ModelStore.Save(TrainedModels.Instance, dir);
        File.Copy(Path.Combine(dir, ModelFiles.Tone), Path.Combine(dir, ModelFiles.Stance), overwrite: true);

        var error = Assert.Throws<InputException>(() => ModelStore.Load(dir));

        Assert.Contains("StanceProbabilities", error.Message);
    }
}
