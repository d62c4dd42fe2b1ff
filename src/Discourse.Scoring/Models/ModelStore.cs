using Discourse.Core;
using Microsoft.ML;

namespace Discourse.Scoring.Models;

/// <summary>
/// Saves and loads the two model files and the heat shares; a missing or damaged file is an <see cref="InputException"/>.
/// </summary>
public static class ModelStore
{
    /// <summary>The seed of every <see cref="MLContext"/> we make, so training and scoring are repeatable.</summary>
    public const int Seed = 20151;

    public static ReplyModels Load(string folder)
    {
        var ml = new MLContext(Seed);
        ml.ComponentCatalog.RegisterAssembly(typeof(ProbabilityBlend).Assembly);
        var stance = LoadOne(ml, Path.Combine(folder, ModelFiles.Stance), ModelColumns.StanceProbabilities);
        var tone = LoadOne(ml, Path.Combine(folder, ModelFiles.Tone), ModelColumns.ToneProbabilities, ModelColumns.HeatEstimate);
        var heat = HeatSharesFile.Read(Path.Combine(folder, ModelFiles.HeatShares));
        return new ReplyModels(ml, stance, tone, heat);
    }

    public static void Save(ReplyModels models, string folder)
    {
        Directory.CreateDirectory(folder);
        SaveOne(models.Stance, Path.Combine(folder, ModelFiles.Stance));
        SaveOne(models.Tone, Path.Combine(folder, ModelFiles.Tone));
        HeatSharesFile.Write(models.HeatShares, Path.Combine(folder, ModelFiles.HeatShares));
    }

    private static void SaveOne(ITransformer model, string path)
    {
        var ml = new MLContext(Seed);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<ReplyRow>()).Schema;
        var temp = path + ".tmp";
        ml.Model.Save(model, schema, temp);
        File.Move(temp, path, overwrite: true);
    }

    private static ITransformer LoadOne(MLContext ml, string path, params string[] outputs)
    {
        if (!File.Exists(path))
        {
            throw new InputException("model file not found (run 'discourse train' or pass --models DIR)", path);
        }

        ITransformer model;
        try
        {
            using var stream = File.OpenRead(path);
            model = ml.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException($"not a readable ML.NET model ({e.GetType().Name}: {FirstLine(e.Message)})", path);
        }

        var empty = ml.Data.LoadFromEnumerable(Array.Empty<ReplyRow>());
        try
        {
            var schema = model.GetOutputSchema(empty.Schema);
            var missing = outputs.Where(o => schema.GetColumnOrNull(o) is null).ToList();
            if (missing.Count > 0)
            {
                throw new InputException($"model does not produce {string.Join(", ", missing)}; is it the right file?", path);
            }
        }
        catch (InvalidOperationException e)
        {
            throw new InputException($"model does not fit the reply schema: {FirstLine(e.Message)}", path);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InputException($"model does not fit the reply schema: {FirstLine(e.Message)}", path);
        }

        return model;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
