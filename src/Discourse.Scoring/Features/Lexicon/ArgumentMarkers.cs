namespace Discourse.Scoring.Features.Lexicon;

/// <summary>Negation, contrast and rhetorical-question markers.</summary>
public static class ArgumentMarkers
{
    public static readonly PhraseList Negation = new(
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "cannot", "can't", "don't",
        "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "shouldn't", "couldn't",
        "hasn't", "haven't", "hadn't", "ain't", "dont", "doesnt", "didnt", "isnt", "arent", "wont", "cant");

    public static readonly PhraseList Contrast = new(
        "but", "however", "although", "though", "whereas", "instead", "rather", "nevertheless", "nonetheless",
        "on the other hand", "still", "despite", "in spite of", "unlike", "except", "yet", "while");

    /// <summary>Questions whose point is that the other side is wrong.</summary>
    public static readonly PhraseList RhetoricalQuestion = new(
        "do you really", "did you even", "did you read", "have you read", "have you ever", "are you serious",
        "are you kidding", "seriously", "how is that", "how does that", "how exactly", "who exactly", "what exactly",
        "what makes you think", "why would", "why should", "why do you think", "who cares", "so what", "is that so",
        "since when", "how about", "what about", "and who", "and what", "and how", "isn't it", "wasn't it",
        "don't you think", "do you even", "you do realize", "you do know", "do you not", "can you not", "how on earth",
        "what planet", "where were you", "remember when", "shouldn't", "wouldn't it", "doesn't that", "didn't");

    /// <summary>Words that open a genuine information question.</summary>
    public static readonly PhraseList InformationQuestion = new(
        "which", "where can i", "does anyone know", "anyone know", "is there", "can you share", "what is the",
        "when is", "when does", "do you have a link", "link", "source for", "how do i", "what do you mean",
        "could you explain", "can you explain", "any idea", "curious");
}
