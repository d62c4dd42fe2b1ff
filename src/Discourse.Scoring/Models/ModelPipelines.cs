using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms.Text;

namespace Discourse.Scoring.Models;

/// <summary>
/// The two training pipelines: reply n-grams and our discourse features into a multiclass trainer; the tone pipeline
/// also fits a FastTree regression of the annotated heat.
/// </summary>
public static class ModelPipelines
{
    private const string NormalizedDiscourse = "DiscourseNormalized";

    public static IEstimator<ITransformer> Stance(MLContext ml, ClassifierKind kind) =>
        Featurize(ml)
            .Append(Classifier(ml, kind, ModelColumns.StanceLabel))
            .Append(ml.Transforms.CopyColumns(ModelColumns.StanceProbabilities, ModelColumns.Score));

    public static IEstimator<ITransformer> Tone(MLContext ml, ClassifierKind kind) =>
        Featurize(ml)
            .Append(Classifier(ml, kind, ModelColumns.ToneLabel))
            .Append(ml.Transforms.CopyColumns(ModelColumns.ToneProbabilities, ModelColumns.Score))
            .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = ModelColumns.Heat,
                FeatureColumnName = ModelColumns.Features,
                NumberOfTrees = 150,
                NumberOfLeaves = 16,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.CopyColumns(ModelColumns.HeatEstimate, ModelColumns.Score));

    private static IEstimator<ITransformer> Featurize(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText(ModelColumns.TextFeatures, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepDiacritics = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, ModelColumns.Text)
            .Append(ml.Transforms.NormalizeMinMax(NormalizedDiscourse, ModelColumns.Discourse))
            .Append(ml.Transforms.Concatenate(ModelColumns.Features, ModelColumns.TextFeatures, NormalizedDiscourse));

    private static IEstimator<ITransformer> Classifier(MLContext ml, ClassifierKind kind, string label) => kind switch
    {
        ClassifierKind.FastTree => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = ModelColumns.Features,
                NumberOfTrees = 200,
                NumberOfLeaves = 16,
                MinimumExampleCountPerLeaf = 5,
                LearningRate = 0.1,
                NumberOfThreads = 1,
            }),
            labelColumnName: label),
        ClassifierKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
            }),
        _ => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                L2Regularization = 1f,
            }),
    };
}
