namespace Discourse.Scoring.Features.Lexicon;

/// <summary>
/// Word lists for content that readers take as offensive even when no insult word appears, organised by the
/// categories of published offensive-language lexicons and annotation schemes: sexual and bodily terms, violence and
/// harm, mentions of identity groups (the "group" target of offensive-language annotation), dismissal, and mocking
/// laughter. Ours, written for Discourse.
/// </summary>
public static class OffenceMarkers
{
    /// <summary>Sexual and bodily vocabulary.</summary>
    public static readonly PhraseList Sexual = new(
        "sex", "sexy", "sexual*", "horny", "porn*", "nude*", "naked", "nudes", "boob*", "tits", "titty", "titties",
        "penis*", "dick", "dicks", "cock*", "pussy", "pussies", "vagina*", "balls", "nuts", "testicle*", "butt",
        "butthole", "booty", "cum", "jizz", "orgasm*", "masturbat*", "jerk off", "wank*", "blowjob*", "blow job",
        "hooker*", "stripper*", "prostitut*", "slut*", "whore*", "thot*", "milf", "virgin*", "incel*", "fap*",
        "fetish*", "kink*", "genital*", "junk", "pee", "poop*", "poo", "fart*", "turd*", "diaper*", "sperm", "erect*",
        "pervert*", "perv", "pervy", "rape*", "raping", "rapist*", "molest*", "pedo*", "paedo*", "grope*", "groping",
        "onlyfans", "sugar daddy", "hookup", "hook up", "bang", "banging", "screwing", "shag*", "bj", "69");

    /// <summary>Violence, death and harm, as threats or wishes as much as description.</summary>
    public static readonly PhraseList Violence = new(
        "kill*", "murder*", "shoot*", "shot", "stab*", "punch*", "slap*", "beat up", "beat the", "beating", "smack*",
        "choke*", "strangle*", "hang", "hanged", "hanging", "lynch*", "burn them", "burn it", "bomb*", "nuke*",
        "execute*", "execution*", "slaughter*", "massacre*", "genocide", "exterminat*", "eradicat*", "wipe out",
        "die", "dies", "died", "dead", "death", "deaths", "suicide", "kms", "kys", "bleed*", "blood*", "gun*", "knife",
        "torture*", "behead*", "throat", "skull", "crush*", "destroy*", "annihilat*", "violent*", "violence", "assault*",
        "attack*", "fight*", "hurt*", "injur*", "wound*", "gas them", "deport them", "lock them up", "line them up",
        "put down", "six feet under", "hit him", "hit her", "knock*", "whoop*", "ass kicking", "kick his", "kick her",
        "kick your");

    /// <summary>Identity groups: gender, race and ethnicity, nationality, religion, sexuality, politics, age, class.</summary>
    public static readonly PhraseList Groups = new(
        "women", "woman", "girls", "females", "female", "ladies", "men", "males", "male",
        "wives", "husbands", "moms", "dads", "feminist*", "feminism", "black", "blacks", "white", "whites", "brown",
        "asian*", "african*", "arab*", "latino*", "latina*", "hispanic*", "mexican*", "chinese", "indian*", "native*",
        "jew*", "jewish", "muslim*", "islam*", "christian*", "catholic*", "evangelical*", "hindu*", "sikh*", "atheist*",
        "gay*", "lesbian*", "queer*", "trans", "transgender*", "tranny", "lgbt*", "bisexual*", "homosexual*",
        "immigrant*", "migrant*", "refugee*", "illegals", "foreigner*", "minorit*", "race", "races", "racial", "ethnic*",
        "liberal*", "conservative*", "leftist*", "lefties", "libs", "democrat*", "republican*", "trumper*", "maga",
        "socialist*", "communist*", "commies", "boomer*", "millennial*", "zoomer*", "gen z", "teens", "teenagers",
        "old people", "poor people", "rich people", "elites", "rednecks", "hillbilly*", "hicks", "ghetto", "thugs",
        "americans", "canadians", "british", "brits", "english", "french", "germans", "russians", "ukrainians",
        "europeans", "australians", "filipino*", "pinoy*", "koreans", "japanese", "africans", "indians",
        "pakistani*", "irish", "scots", "scottish", "welsh", "polish", "italians", "hondurans", "venezuelans",
        "cubans", "mexicans", "quebecers", "albertans", "torontonians", "southerners", "northerners", "westerners",
        "autistic", "disabled", "retarded", "fat people", "ugly people", "chads", "stacys", "normies", "betas", "alphas");

    /// <summary>Dismissal: waving the other away without an argument.</summary>
    public static readonly PhraseList Dismissal = new(
        "yawn", "boring", "who cares", "nobody cares", "no one cares", "don't care", "dont care", "couldn't care less",
        "spare me", "give me a break", "give it a rest", "get over it", "move on", "not worth", "waste of time",
        "amateur*", "nonsense", "gibberish", "drivel", "rubbish", "baloney", "bunk", "hogwash", "poppycock", "malarkey",
        "talking points", "whatever", "meh", "next", "nope", "lol no", "no thanks", "no thank you", "sure jan", "ok boomer",
        "okay boomer", "cry me a river", "boo hoo", "boohoo", "cope", "seethe", "mald*", "ratio", "l take", "bad take",
        "hot take", "touch grass", "go outside", "get a job", "get a life", "grow up", "take a hike", "take a seat",
        "sit down", "shut up", "stfu", "gtfo", "fuck off", "piss off", "sod off", "bugger off", "go away", "bye",
        "blocked", "reported", "not reading", "didn't read", "tldr", "tl dr", "smoking", "on crack", "drinking the",
        "kool aid", "koolaid", "victim card", "playing the victim", "pearl clutching", "clutch", "snowflake*", "triggered",
        "butthurt", "salty", "mad", "stay mad", "rent free", "projecting", "projection", "gaslight*", "virtue signal*");

    /// <summary>Laughter and mock surprise used at someone's expense.</summary>
    public static readonly PhraseList Laughter = new(
        "lol", "lmao", "lmfao", "rofl", "lulz", "kek", "haha*", "hehe*", "ha ha", "lolol*", "lmaoo*", "xd", "pmsl",
        "bahaha*", "muahaha*", "hilarious", "laughable", "lolz", "jk");
}
