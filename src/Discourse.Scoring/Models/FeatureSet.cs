namespace Discourse.Scoring.Models;

/// <summary>Which inputs a model sees.</summary>
public enum FeatureSet
{
    /// <summary>Only our discourse features of the reply and its parent.</summary>
    Discourse,

    /// <summary>Our discourse features plus the reply's most frequent word unigrams and bigrams.</summary>
    DiscourseAndWords,
}
