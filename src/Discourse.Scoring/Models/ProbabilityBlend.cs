using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Discourse.Scoring.Models;

/// <summary>
/// The mean of two class-probability vectors (each first normalised to sum to 1): the FastTree model over our
/// discourse features and the linear model over discourse features and the text (n-grams and sentence embeddings),
/// which err on different replies.
/// Saved inside the model file under <see cref="ContractName"/>; <see cref="ModelStore"/> registers it for loading.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class ProbabilityBlend : CustomMappingFactory<ProbabilityBlend.Input, ProbabilityBlend.Output>
{
    public const string ContractName = "Discourse.ProbabilityBlend";
    public const string Tree = nameof(Input.TreeProbabilities);
    public const string Linear = nameof(Input.LinearProbabilities);
    public const string Blended = nameof(Output.BlendedProbabilities);

    public override Action<Input, Output> GetMapping() => Blend;

    public static void Blend(Input input, Output output)
    {
        var tree = ReplyPrediction.Normalized(input.TreeProbabilities);
        var linear = ReplyPrediction.Normalized(input.LinearProbabilities);
        output.BlendedProbabilities = tree.Zip(linear, (a, b) => (a + b) / 2).ToArray();
    }

    public sealed class Input
    {
        [VectorType(ModelColumns.ClassCount)]
        public float[] TreeProbabilities { get; set; } = [];

        [VectorType(ModelColumns.ClassCount)]
        public float[] LinearProbabilities { get; set; } = [];
    }

    public sealed class Output
    {
        [VectorType(ModelColumns.ClassCount)]
        public float[] BlendedProbabilities { get; set; } = [];
    }
}
