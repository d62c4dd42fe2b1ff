namespace Discourse.Scoring.Features.Lexicon;

/// <summary>
/// Evaluative vocabulary (the appraisal categories of opinion lexicons): words that judge something as bad or good.
/// Contempt for ideas and people runs through the negative list; warmth through the positive one.
/// </summary>
public static class EvaluativeWords
{
    public static readonly PhraseList Negative = new(
        "bad", "worse", "worst", "awful", "terrible", "horrible", "horrific", "dreadful", "appalling", "atrocious",
        "disgusting", "disgraceful", "shameful", "shame", "embarrassing", "embarrassment", "pathetic", "ridiculous",
        "absurd", "laughable", "ludicrous", "preposterous", "nonsense", "silly", "stupidity", "idiocy", "ignorance",
        "ignorant", "incompetence", "incompetent", "corrupt*", "dishonest*", "hypocrisy", "hypocritical", "lies", "lied",
        "lying", "liar", "fraud*", "scam*", "crook*", "criminal*", "greed*", "selfish", "arrogant", "arrogance",
        "smug", "entitled", "whining", "whine", "whiny", "crybab*", "hysteri*", "paranoid", "propaganda", "brainwash*",
        "cult", "mob", "thugs", "vile", "nasty", "toxic", "hateful", "hate", "hatred", "despise", "loathe", "contempt",
        "sick", "sickening", "gross", "filthy", "ugly", "evil", "wicked", "sinister", "despicable", "deplorable",
        "contemptible", "repugnant", "revolting", "outrageous", "insult*", "offensive", "rude", "nasty", "mean",
        "cruel", "vicious", "savage", "barbaric", "failure", "failed", "fail", "useless", "worthless", "pointless",
        "waste", "wasted", "garbage", "trash", "rubbish", "junk", "crap", "joke", "farce", "mess", "disaster",
        "catastroph*", "clueless", "mindless", "senseless", "brainless", "naive", "gullible", "delusion*", "fantasy",
        "dumb", "stupid", "moronic", "idiotic", "insane", "crazy", "nuts", "lunacy", "madness", "whatever", "blame",
        "fault", "guilty", "coward*", "weak", "spineless", "lazy", "sloppy", "pretend*", "fake", "phony", "bogus",
        "sham", "spin", "smear*", "slander*", "troll*", "bully", "bullies", "attack*", "destroy*", "ruin*", "wreck*",
        "damage*", "hurt", "harm*", "threat*", "dangerous", "reckless", "irresponsible", "unacceptable", "wrong",
        "false", "misleading", "distort*", "twist*", "spew*", "rant*", "drivel", "hogwash", "claptrap", "tripe",
        "bigotry", "racism", "sexism", "misogyn*", "xenophob*", "homophob*", "callous", "heartless", "disrespect*",
        "insensitive", "tasteless", "unnecessary", "uncalled", "petty", "childish", "immature", "juvenile", "hollow");

    public static readonly PhraseList Positive = new(
        "good", "great", "excellent", "wonderful", "fantastic", "brilliant", "lovely", "nice", "beautiful", "amazing",
        "awesome", "helpful", "useful", "valuable", "insightful", "thoughtful", "interesting", "fair", "reasonable",
        "sensible", "smart", "wise", "clever", "kind", "generous", "honest", "decent", "respect*", "appreciate*",
        "agree*", "support*", "love", "like", "enjoy*", "glad", "happy", "pleased", "welcome", "correct", "right",
        "true", "accurate", "solid", "strong", "impressive", "well", "better", "best", "benefit*", "improve*",
        "hope*", "thanks", "thank", "grateful", "congrat*", "cheers", "recommend*", "worth", "success*");
}
