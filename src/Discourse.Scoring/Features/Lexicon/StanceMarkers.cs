namespace Discourse.Scoring.Features.Lexicon;

/// <summary>Words and phrases that signal taking a side on the parent's claim (agreement, disagreement, concession).</summary>
public static class StanceMarkers
{
    public static readonly PhraseList Agreement = new(
        "agree", "agreed", "i agree", "exactly", "precisely", "well said", "good point", "great point", "fair point",
        "you're right", "you are right", "you're correct", "this is right", "so true", "very true", "absolutely",
        "indeed", "definitely", "same here", "me too", "couldn't agree more", "spot on", "nailed it", "this", "yes",
        "yep", "yeah", "true", "right on", "bingo", "amen", "totally", "of course", "seconded", "100", "correct",
        "hear hear", "that's the point", "thank you for saying", "thanks for saying", "i think so too", "likewise",
        "good call", "well put", "that's it", "that's right", "makes sense", "good take", "thank you", "underrated");

    public static readonly PhraseList Disagreement = new(
        "disagree", "i disagree", "wrong", "you're wrong", "you are wrong", "not true", "untrue", "false", "nonsense",
        "incorrect", "not really", "no", "nope", "nah", "actually", "myth", "that's not", "that is not", "isn't true",
        "not the case", "doesn't mean", "does not mean", "misleading", "bullshit", "bs", "baloney", "rubbish",
        "garbage", "absurd", "ridiculous", "doesn't follow", "not how", "that's not how", "except", "wrong about",
        "you're missing", "you miss", "missed the point", "miss the point", "strawman", "straw man", "citation needed",
        "debunked", "propaganda", "lie", "lies", "lying", "fake", "i doubt", "hardly",
        "not at all", "on the contrary", "the opposite", "disingenuous", "backwards", "ignores", "ignoring",
        "irrelevant", "no evidence", "no proof", "not convinced", "not so", "not quite", "that's a stretch");

    /// <summary>Phrases that grant a point, usually before a "but".</summary>
    public static readonly PhraseList Concession = new(
        "true but", "yes but", "sure but", "fair but", "granted", "admittedly", "i see your point", "i get that",
        "i understand", "i hear you", "that said", "while i agree", "i agree but", "i agree that", "you may be right",
        "you might be right", "it's true that", "it is true that", "to be fair", "point taken", "i see what you mean",
        "i get your point", "i take your point", "even so", "fair enough", "i can see that", "i can see why",
        "i can see the", "i grant", "i'll grant", "i concede", "you have a point", "you've got a point");

    /// <summary>Whether a text grants a point in so many words (a <see cref="Concession"/> phrase).</summary>
    public static bool Concedes(string? text) => Concession.Count(new TokenizedText(text).Tokens) > 0;

    /// <summary>Turn openers that answer back ("No.", "But…", "Actually…", "Wrong.").</summary>
    public static readonly PhraseList RebuttalOpeners = new(
        "no", "nope", "nah", "but", "actually", "wrong", "except", "not", "so", "um", "uh", "wait", "how", "why",
        "what", "and", "well", "false", "incorrect", "lol", "lmao", "sure", "ok", "okay", "really");

    /// <summary>Turn openers that go along ("Yes.", "Exactly.", "This.", "Agreed.").</summary>
    public static readonly PhraseList AgreementOpeners = new(
        "yes", "yep", "yeah", "exactly", "agreed", "agree", "this", "true", "right", "absolutely", "indeed", "correct",
        "definitely", "totally", "precisely", "same", "so true", "well said", "good point", "thank you", "thanks",
        "100", "amen", "bingo", "spot on", "great", "good", "and");
}
