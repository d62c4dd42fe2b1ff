using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms.Text;

namespace Discourse.Scoring.Models;

/// <summary>
/// The two training pipelines: reply n-grams, the pair's sentence embeddings and our discourse features into a
/// multiclass trainer; the tone pipeline also fits a FastTree regression of the annotated heat on the discourse features.
/// </summary>
public static class ModelPipelines
{
    public const int ClassifierTrees = 100;
    public const int Leaves = 16;

    /// <summary>
    /// The heat regression is many small trees (8 leaves, at least 20 replies a leaf): a smooth fit that follows each
    /// feature's trend and only the commonest combinations of them. On the grouped cross-validation of our corpus,
    /// 400 trees of 8 leaves ranked heat a little better than 200 of 4 (uncivil ROC-AUC 0.878 against 0.875) and tied
    /// with 800 of 4, which costs more to apply.
    /// </summary>
    public const int HeatTrees = 400;
    public const int HeatLeaves = 8;
    public const int HeatMinimumLeafSize = 20;

    private const string NormalizedDiscourse = "DiscourseNormalized";
    private const string NormalizedText = "TextNormalized";
    private const string Tokens = "Tokens";
    private const string CharacterText = "CharacterText";
    private const string CharacterTokens = "CharacterTokens";
    private const string CharacterFeatures = "CharacterFeatures";

    /// <summary>
    /// Stance also reads character trigrams of the reply: word forms, misspellings and punctuation ("?!", "...", the
    /// "&gt;" that opens a quote) that whole words miss. On the grouped cross-validation of our corpus they raised
    /// stance macro-F1 (0.713 → 0.718) but not tone, so only stance uses them.
    /// </summary>
    public static IEstimator<ITransformer> Stance(MLContext ml, ClassifierKind kind, FeatureSet features) =>
        Featurize(ml, features, withCharacters: true)
            .Append(Classifier(ml, kind, ModelColumns.StanceLabel, ModelColumns.StanceWeight))
            .Append(ml.Transforms.CopyColumns(ModelColumns.StanceProbabilities, ModelColumns.Score));

    public static IEstimator<ITransformer> Tone(MLContext ml, ClassifierKind kind, FeatureSet features) =>
        Featurize(ml, features, withCharacters: false)
            .Append(Classifier(ml, kind, ModelColumns.ToneLabel, ModelColumns.ToneWeight))
            .Append(ml.Transforms.CopyColumns(ModelColumns.ToneProbabilities, ModelColumns.Score))
            .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = ModelColumns.Heat,
                ExampleWeightColumnName = ModelColumns.ToneWeight,
                FeatureColumnName = NormalizedDiscourse,
                NumberOfTrees = HeatTrees,
                NumberOfLeaves = HeatLeaves,
                MinimumExampleCountPerLeaf = HeatMinimumLeafSize,
                LearningRate = 0.1,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.CopyColumns(ModelColumns.HeatEstimate, ModelColumns.Score));

    /// <summary>The word n-gram vocabulary kept: the most frequent unigrams and bigrams of the training replies.</summary>
    public const int VocabularySize = 3000;

    /// <summary>The character trigram vocabulary of the stance model: the most frequent trigrams of the training replies.</summary>
    public const int CharacterVocabularySize = 5000;

    private static IEstimator<ITransformer> Featurize(MLContext ml, FeatureSet features, bool withCharacters)
    {
        if (features == FeatureSet.Discourse)
        {
            return ml.Transforms.NormalizeMinMax(NormalizedDiscourse, ModelColumns.Discourse)
                .Append(ml.Transforms.Concatenate(ModelColumns.Features, NormalizedDiscourse));
        }

        var words = ml.Transforms.Text.NormalizeText(NormalizedText, ModelColumns.Text, TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false, keepPunctuations: false, keepNumbers: true)
            .Append(ml.Transforms.Text.TokenizeIntoWords(Tokens, NormalizedText))
            .Append(ml.Transforms.Conversion.MapValueToKey(Tokens))
            .Append(ml.Transforms.Text.ProduceNgrams(ModelColumns.TextFeatures, Tokens, ngramLength: 2, useAllLengths: true,
                maximumNgramsCount: VocabularySize, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm(ModelColumns.TextFeatures))
            .Append(ml.Transforms.NormalizeMinMax(NormalizedDiscourse, ModelColumns.Discourse));
        if (!withCharacters)
        {
            return words.Append(ml.Transforms.Concatenate(ModelColumns.Features, ModelColumns.TextFeatures, NormalizedDiscourse, ModelColumns.Embedding));
        }

        return words
            .Append(ml.Transforms.Text.NormalizeText(CharacterText, ModelColumns.Text, TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: false, keepPunctuations: true, keepNumbers: true))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys(CharacterTokens, CharacterText, useMarkerCharacters: true))
            .Append(ml.Transforms.Text.ProduceNgrams(CharacterFeatures, CharacterTokens, ngramLength: 3, useAllLengths: false,
                maximumNgramsCount: CharacterVocabularySize, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm(CharacterFeatures))
            .Append(ml.Transforms.Concatenate(ModelColumns.Features, ModelColumns.TextFeatures, CharacterFeatures, NormalizedDiscourse, ModelColumns.Embedding));
    }

    private static IEstimator<ITransformer> Classifier(MLContext ml, ClassifierKind kind, string label, string weight) => kind switch
    {
        ClassifierKind.FastTree => Trees(ml, label, weight, ModelColumns.Features),
        ClassifierKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = label,
                ExampleWeightColumnName = weight,
                FeatureColumnName = ModelColumns.Features,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
            }),
        ClassifierKind.FastTreeLbfgsBlend => Trees(ml, label, weight, NormalizedDiscourse)
            .Append(ml.Transforms.CopyColumns(ProbabilityBlend.Tree, ModelColumns.Score))
            .Append(Lbfgs(ml, label, weight))
            .Append(ml.Transforms.CopyColumns(ProbabilityBlend.Linear, ModelColumns.Score))
            .Append(ml.Transforms.CustomMapping<ProbabilityBlend.Input, ProbabilityBlend.Output>(ProbabilityBlend.Blend, ProbabilityBlend.ContractName))
            .Append(ml.Transforms.CopyColumns(ModelColumns.Score, ProbabilityBlend.Blended)),
        _ => Lbfgs(ml, label, weight),
    };

    private static IEstimator<ITransformer> Trees(MLContext ml, string label, string weight, string features) =>
        ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = label,
                ExampleWeightColumnName = weight,
                FeatureColumnName = features,
                NumberOfTrees = ClassifierTrees,
                NumberOfLeaves = Leaves,
                MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.15,
                NumberOfThreads = 1,
            }),
            labelColumnName: label);

    private static IEstimator<ITransformer> Lbfgs(MLContext ml, string label, string weight) =>
        ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = label,
            ExampleWeightColumnName = weight,
            FeatureColumnName = ModelColumns.Features,
            NumberOfThreads = 1,
            L2Regularization = 1f,
        });
}
