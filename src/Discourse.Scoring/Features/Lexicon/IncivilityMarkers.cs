namespace Discourse.Scoring.Features.Lexicon;

/// <summary>Word lists of uncivil language: insults and name-calling, profanity, condescension, dismissal, sarcasm.</summary>
public static class IncivilityMarkers
{
    /// <summary>Name-calling and attacks on a person's mind or character.</summary>
    public static readonly PhraseList Insults = new(
        "idiot*", "moron*", "stupid*", "dumb*", "imbecile*", "cretin*", "fool", "fools", "foolish", "clown*",
        "troll*", "shill*", "liar*", "loser*", "ignorant", "ignoramus", "retard*", "scum*",
        "hacks", "hypocrit*", "coward*", "bigot*", "racist*", "fascist*", "nazi*", "commie*",
        "libtard*", "snowflake*", "sheep", "sheeple", "cuck*", "degenerate*", "pig", "pigs",
        "vermin", "parasite*", "lunatic*", "nutjob*", "nut job", "deranged", "delusional",
        "brainwashed", "brain dead", "braindead", "brainless", "clueless",
        "traitor*", "treason*", "scumbag*", "asshole*", "jerk*", "twat*", "prick*",
        "bitch*", "bastard*", "cunt*", "whore*", "slut*", "dipshit*", "dumbass*", "jackass*", "douche*",
        "wanker*", "grifter*", "con man", "thug*", "subhuman", "filth*", "creep*",
        "halfwit*", "nitwit*", "dimwit*", "dolt*", "buffoon*", "numbskull*", "dunce*", "lowlife", "shameless",
        "pos", "ape*", "savage*", "piece of shit", "piece of work", "sociopath*", "pervert*", "bootlicker*", "boot licker",
        "simp", "simps", "psycho", "psychos", "psychopath*", "dick", "dicks", "muppet*", "plonker*",
        "selfish", "arrogant", "smug", "spineless", "whiny", "whiner*", "pretentious", "insufferable", "entitled",
        "gullible", "bully", "bullies", "brat", "brats", "bratty", "crank", "cranks", "ghoul*", "fraud", "frauds",
        "charlatan*", "hack", "hacks", "pathetic", "garbage", "disgusting", "disgraceful", "sanctimonious", "smarmy",
        "self righteous", "self-righteous", "armchair", "keyboard warrior*", "blowhard*", "windbag*", "gasbag*", "pillock*", "git", "numpty*", "bellend*", "knobhead*", "tosser*", "nonce*", "karen*",
        "neckbeard*", "soyboy*", "soy boy", "npc", "npcs", "shithead*", "fuckwit*", "fucktard*", "dumbfuck*", "airhead*",
        "bimbo*", "hag", "hags", "skank*", "weirdo*", "freak", "freaks", "goon*", "leech*", "moocher*", "deadbeat*",
        "freeloader*", "quisling*", "puppet*", "stooge*", "lackey*", "sycophant*", "apologist*", "zealot*", "fanatic*",
        "nutter*", "nutcase*", "whackjob*", "wackjob*", "wacko*", "kook*", "crackpot*", "tinfoil", "manchild",
        "fatass*", "fatso*", "lardass*", "snake*", "weasel*", "maggot*", "cockroach*", "vulture*", "hyena*", "donkey*",
        "crook", "crooks", "dingbat*", "dummy", "dummies", "idjit*", "eejit*", "chud*", "groomer*", "mongoloid*", "spastic*", "window licker");

    public static readonly PhraseList Profanity = new(
        "fuck*", "fck*", "shit*", "bullshit*", "crap*", "damn*", "goddamn*", "hell", "ass", "asses", "arse*",
        "piss*", "bloody", "wtf", "stfu", "gtfo", "omfg", "fk", "effing", "frick*", "sucks", "suck", "screw", "bs",
        "motherfuck*", "mofo*", "horseshit", "bollocks", "bugger*", "dammit", "effin", "fkn", "fking", "fkin",
        "fcking", "fuk*", "phuck*", "feck*", "biatch*", "freaking", "freakin", "frigging", "friggin", "dang", "darn",
        "hella", "af", "tf", "ffs", "smfh", "jfc", "sob", "dickhead*", "shite", "bullcrap", "sh1t*");

    /// <summary>Bad-faith accusations and threats aimed at the person.</summary>
    public static readonly PhraseList Accusations = new(
        "you're lying", "you are lying", "you lie", "liar", "shut up", "go away", "get lost", "go back", "kill yourself",
        "kys", "die", "hope you", "you people", "your kind", "people like you", "paid to", "bad faith", "agenda",
        "you don't care", "you hate", "you want", "you just want", "you're a", "you are a", "you're an", "you are an",
        "you're just", "you are just", "you're so", "you must be", "what's wrong with you", "get a life", "grow up",
        "get a clue", "eat shit", "burn in", "rot in", "deserve to", "should be shot", "should be hanged", "lock him up");

    /// <summary>Talking down: condescension and pointed dismissal.</summary>
    public static readonly PhraseList Condescension = new(
        "let me explain", "let me guess", "explain this slowly", "sweetie", "honey", "sweetheart",
        "kiddo", "bless your heart", "bless his heart", "educate yourself", "do your research",
        "do some research", "do your homework", "read a book", "learn to read", "learn how to", "reading comprehension",
        "google it", "look it up", "try again", "nice try", "how cute", "oh please",
        "newsflash", "news flash", "protip",
        "grow up", "get over it", "cope", "seethe", "ok boomer", "okay boomer", "lol ok", "lmao", "lmfao", "rofl",
        "haha", "hahaha", "lolol", "smh", "sigh", "yawn", "cry more", "triggered", "stay mad",
        "imagine thinking", "i can't even", "you clearly", "you obviously", "you don't understand",
        "you don't know", "you have no idea", "no idea what", "you wouldn't understand",
        "rocket scientist", "galaxy brain", "hot take",
        "so brave", "how dare", "clown world", "oh wow", "oh look", "lmaooo", "ffs", "jeez",
        "omg", "pfft", "meh", "riiight", "suuure", "yeah right", "sure jan", "ok then", "okay then");

    /// <summary>Sarcastic agreement and mock praise ("Sure, because that always works").</summary>
    public static readonly PhraseList Sarcasm = new(
        "ah yes", "oh look", "oh great", "oh good", "oh joy", "oh wow", "cue the", "bless", "famously", "groundbreaking",
        "genius", "geniuses", "wow", "shocking", "what a shock", "who could have guessed", "funny how", "truly inspiring",
        "sure because", "yeah because", "right because", "yeah right", "oh sure", "oh right",
        "what could go wrong", "always works", "worked so well", "great plan", "bravo",
        "slow clap", "so much for",
        "because nothing", "who knew", "who would have",
        "who'd have", "what a surprise", "color me", "colour me", "as if",
        "yay", "hooray", "gee", "i wonder why", "but hey", "way to go", "good luck with that", "must be nice",
        "imagine that", "go figure", "surprise surprise", "big surprise", "how convenient", "god forbid", "heaven forbid",
        "pray tell", "do tell", "thanks a lot");

    /// <summary>Markers that discredit the other's words: "so-called", "[sic]", "supposedly".</summary>
    public static readonly PhraseList Discrediting = new(
        "so called", "so-called", "sic", "supposedly", "alleged", "allegedly", "self proclaimed", "self-proclaimed",
        "quote unquote", "air quotes", "what you call", "your idea of");

    /// <summary>Sweeping generalisations about groups of people ("these people", "all liberals", "typical leftist").</summary>
    public static readonly PhraseList Generalisation = new(
        "these people", "those people", "you people", "such people", "people like", "all liberals", "all conservatives",
        "liberals", "conservatives", "leftists", "leftist", "lefties", "righties", "right wingers", "left wingers",
        "libs", "progressives", "democrats", "republicans", "dems", "repubs", "trumpers", "boomers", "millennials",
        "elites", "the media", "msm", "mainstream media", "politicians", "bureaucrats", "immigrants", "muslims",
        "christians", "atheists", "feminists", "typical", "always the same", "every single one", "all of them",
        "they all", "none of them", "as always", "as usual", "of course they", "the left", "the right");
}
