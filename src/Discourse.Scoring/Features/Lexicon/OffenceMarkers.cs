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
        "sex", "sexy", "sexual*", "horny", "porn*", "nude*", "naked", "boob*", "tits", "titty", "titties",
        "penis*", "dick", "dicks", "cock*", "pussy", "pussies", "vagina*", "balls", "nuts", "testicle*", "butt",
        "butthole", "booty", "cum", "jizz", "orgasm*", "masturbat*", "jerk off", "wank*", "blowjob*", "blow job",
        "hooker*", "stripper*", "prostitut*", "slut*", "whore*", "thot*", "milf", "virgin*", "incel*", "fap*",
        "fetish*", "kink*", "genital*", "junk", "pee", "poop*", "poo", "fart*", "turd*", "diaper*", "sperm", "erect*",
        "pervert*", "perv", "pervy", "rape*", "raping", "rapist*", "molest*", "pedo*", "paedo*", "grope*", "groping",
        "onlyfans", "sugar daddy", "hookup", "hook up", "bang", "banging", "screwing", "shag*", "bj", "69");

    /// <summary>
    /// Violence and harm done to someone: killing, beating, torture, wishes of death. Words common in peaceful
    /// senses ("shoot me an email", "hang on", "great shot", "bloody good") are left out; the feature family also
    /// asks whether a violent word has a target nearby.
    /// </summary>
    public static readonly PhraseList Violence = new(
        "kill", "kills", "killed", "killing them", "murder*", "stab", "stabbed", "stabbing", "punch him", "punch her",
        "punch you", "punched", "slap him", "slap her", "slap you", "beat up", "beat the shit", "beat him", "beat her",
        "beaten", "choke", "choked", "strangle*", "hanged", "hang them", "hang him", "hang her", "lynch*", "burn them",
        "burn him", "burn her", "nuke them", "execute them", "executed", "slaughter*", "massacre*", "genocide",
        "exterminat*", "eradicate them", "wipe them out", "die", "should die", "go die", "drop dead", "kms", "kys",
        "bloodbath", "torture*", "behead*", "slit", "throat", "skull", "annihilat*", "violent*", "violence", "assault*",
        "gas them", "deport them all", "lock them up", "line them up", "put down", "six feet under", "hit him", "hit her",
        "whoop*", "ass kicking", "kick his", "kick her", "kick your", "shoot him", "shoot her", "shoot them",
        "shoot you", "should be shot", "rot in", "burn in");

    /// <summary>Who a violent word can be aimed at: people addressed or pointed at.</summary>
    public static readonly PhraseList Targets = new(
        "you", "your", "ya", "him", "her", "them", "they", "he", "she", "these", "those", "people", "everyone",
        "everybody", "yourself", "himself", "herself", "themselves");

    /// <summary>Identity groups: gender, race and ethnicity, nationality, religion, sexuality, politics, age, class.</summary>
    public static readonly PhraseList Groups = new(
        "women", "woman", "girls", "females", "female", "ladies", "men", "males", "male",
        "wives", "husbands", "moms", "dads", "feminist*", "feminism", "black people", "blacks", "white people", "whites",
        "brown people",
        "asian*", "african*", "arab*", "latino*", "latina*", "hispanic*", "mexican*", "chinese", "indians", "natives",
        "jew", "jews", "jewish", "muslim*", "islam*", "christian*", "catholic*", "evangelical*", "hindu*", "sikh*", "atheist*",
        "gay*", "lesbian*", "queer*", "trans", "transgender*", "tranny", "lgbt*", "bisexual*", "homosexual*",
        "immigrant*", "migrant*", "refugee*", "illegals", "foreigner*", "minorities",
        "liberal*", "conservative*", "leftist*", "lefties", "libs", "democrat*", "republican*", "trumper*", "maga",
        "socialist*", "communist*", "commies", "boomer*", "millennial*", "zoomer*", "gen z", "teens", "teenagers",
        "old people", "poor people", "rich people", "elites", "rednecks", "hillbilly*", "hicks", "ghetto",
        "americans", "canadians", "brits", "germans", "russians", "ukrainians",
        "europeans", "australians", "filipino*", "pinoy*", "koreans", "japanese",
        "pakistani*", "irish", "scots", "scottish", "welsh", "italians", "hondurans", "venezuelans",
        "cubans", "quebecers", "albertans", "torontonians", "southerners", "northerners", "westerners",
        "autistic", "disabled", "fat people", "ugly people", "chads", "stacys", "normies", "betas", "alphas");

    /// <summary>
    /// Slurs and derogatory labels for groups, by the categories of hate-speech lexicons: ethnic and religious,
    /// misogynist, homophobic and transphobic, ableist, class, and partisan name-calling of whole camps. Words with a
    /// common innocent reading ("queer", "gypsy", "coon", "hoe" the tool, "jihadist" in news) are left out.
    /// </summary>
    public static readonly PhraseList Slurs = new(
        "nigger*", "chink*", "gook*", "wetback*", "beaner*", "spic", "spics", "kike*", "towelhead*", "raghead*",
        "paki", "pakis", "curry muncher*", "abo", "abos", "japs", "pikey*", "gyppo*", "sandn*",
        "foid*", "femoid*", "roastie*", "landwhale*", "land whale*", "hoes", "thot*", "feminazi*", "cumdump*",
        "cum dump*", "cum bucket*", "breeders", "fag", "fags", "faggot*", "f4g*", "dyke*", "trannies", "troon*",
        "shemale*", "poofter*", "spaz*", "mong", "mongs", "untermensch*", "white trash", "trailer trash", "chav*",
        "welfare queen*", "demonrat*", "democrap*", "rethuglican*", "republicunt*", "trumptard*", "libturd*", "sjw",
        "sjws", "betafag*", "incels");

    /// <summary>Dismissal: waving the other away without an argument.</summary>
    public static readonly PhraseList Dismissal = new(
        "yawn", "boring", "who cares", "nobody cares", "no one cares", "don't care", "dont care", "couldn't care less",
        "spare me", "give me a break", "give it a rest", "get over it", "move on", "not worth", "waste of time",
        "amateur*", "nonsense", "gibberish", "drivel", "rubbish", "baloney", "bunk", "hogwash", "poppycock", "malarkey",
        "talking points", "meh", "nope", "lol no", "no thanks", "no thank you", "sure jan", "ok boomer",
        "okay boomer", "cry me a river", "boo hoo", "boohoo", "cope", "seethe", "mald*", "ratio", "l take", "bad take",
        "hot take", "touch grass", "go outside", "get a job", "get a life", "grow up", "take a hike", "take a seat",
        "sit down", "shut up", "stfu", "gtfo", "fuck off", "piss off", "sod off", "bugger off", "go away", "not reading",
        "didn't read", "tldr", "tl dr", "on crack", "what have you been smoking", "you smoking", "drinking the",
        "kool aid", "koolaid", "victim card", "playing the victim", "pearl clutching", "snowflake*", "triggered",
        "butthurt", "salty", "stay mad", "rent free", "projecting", "projection", "gaslight*", "virtue signal*");

    /// <summary>Laughter and mock surprise used at someone's expense.</summary>
    public static readonly PhraseList Laughter = new(
        "lol", "lmao", "lmfao", "rofl", "lulz", "kek", "haha*", "hehe*", "ha ha", "lolol*", "lmaoo*", "xd", "pmsl",
        "bahaha*", "muahaha*", "hilarious", "laughable", "lolz", "jk");
}
