namespace Discourse.Scoring.Features.Lexicon;

/// <summary>
/// Word lists for the politeness strategies of the politeness literature: gratitude, apology, please, greeting,
/// deference, hedging (face-saving), and the person-address markers.
/// </summary>
public static class PolitenessStrategies
{
    public static readonly PhraseList Gratitude = new(
        "thanks", "thank you", "thank", "thx", "appreciate", "appreciated", "grateful", "cheers");

    public static readonly PhraseList Apology = new(
        "sorry", "apologies", "apologize", "apologise", "my bad", "my mistake", "excuse me", "pardon");

    public static readonly PhraseList Please = new("please", "pls", "kindly");

    public static readonly PhraseList Greeting = new("hi", "hello", "hey", "welcome", "good morning");

    public static readonly PhraseList Deference = new(
        "good question", "great question", "interesting", "fair point", "good point", "respectfully", "with respect",
        "i respect", "nice", "great", "wonderful", "excellent", "helpful", "insightful", "love this", "well written",
        "congrats", "congratulations", "glad", "hope", "good luck");

    /// <summary>Hedges: softeners that lower commitment.</summary>
    public static readonly PhraseList Hedges = new(
        "maybe", "perhaps", "probably", "possibly", "might", "may", "could", "i think", "i believe", "i guess",
        "i suppose", "i feel", "it seems", "seems", "seem", "apparently", "somewhat", "sort of", "kind of", "kinda",
        "likely", "unlikely", "in my opinion", "imo", "imho", "afaik", "i'm not sure", "not sure", "i wonder",
        "arguably", "generally", "usually", "often", "tend to", "suggest", "suggests", "presumably", "roughly");

    /// <summary>Boosters and intensifiers: words that raise commitment or emphasis.</summary>
    public static readonly PhraseList Intensifiers = new(
        "very", "really", "absolutely", "totally", "completely", "utterly", "extremely", "incredibly", "literally",
        "so", "such", "clearly", "obviously", "certainly", "definitely", "surely", "undoubtedly", "always", "never",
        "entire", "entirely", "whole", "at all", "every", "everyone", "nobody", "insanely", "super", "damn",
        "fucking", "truly", "seriously", "beyond", "most", "least", "way too", "far too");

    public static readonly PhraseList SecondPerson = new(
        "you", "your", "you're", "youre", "yours", "yourself", "yourselves", "you've", "you'd", "you'll", "u", "ur",
        "ya", "y'all");

    public static readonly PhraseList FirstPerson = new(
        "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "we", "us", "our");
}
