namespace Discourse.Scoring.Models;

/// <summary>Which inputs a model sees.</summary>
public enum FeatureSet
{
    /// <summary>Only our discourse features of the reply and its parent.</summary>
    Discourse,

    /// <summary>
    /// Our discourse features plus the text itself: the reply's most frequent word unigrams and bigrams (and, for
    /// stance, character trigrams) and the sentence embeddings of reply and parent.
    /// </summary>
    DiscourseAndText,
}
