"""Hand-written fragments the Discourse team composes into labelled (parent, reply) pairs. See compose.py."""

# topic -> list of (claim the parent makes, short name of its subject)
CLAIMS = {
    "politics": [
        ("The new voter ID law will stop fraud without keeping anyone from voting.", "the voter ID law"),
        ("Term limits for Congress would fix most of what is broken in Washington.", "term limits"),
        ("The filibuster protects the minority and should stay exactly as it is.", "the filibuster"),
        ("Ranked choice voting gives us better, less extreme candidates.", "ranked choice voting"),
        ("The party's new platform finally speaks to working people.", "the new platform"),
        ("Brexit has been a net positive for British sovereignty.", "Brexit"),
        ("A second referendum would have been the democratic thing to do.", "a second referendum"),
        ("Defunding the police would make neighbourhoods safer in the long run.", "defunding the police"),
        ("Body cameras on every officer have already cut complaints in half.", "body cameras"),
        ("The carbon tax is the only climate policy that actually works.", "the carbon tax"),
        ("Stricter border enforcement is the only way to fix immigration.", "border enforcement"),
        ("The senator's speech yesterday was the best of her career.", "the senator's speech"),
        ("Mail-in ballots are just as secure as voting in person.", "mail-in ballots"),
        ("The Supreme Court has become just another partisan institution.", "the Supreme Court"),
        ("Raising the retirement age is unavoidable.", "raising the retirement age"),
    ],
    "foreign-policy": [
        ("The 2011 intervention in Libya was a humanitarian success.", "the Libya intervention"),
        ("The chaos in Mali is the direct afterparty of toppling Gaddafi.", "the Libyan afterparty"),
        ("France should keep its troops in the Sahel for another decade.", "the French mission in the Sahel"),
        ("Sanctions on Russia are hurting Europe more than Moscow.", "the Russia sanctions"),
        ("Arming the rebels in Syria was always going to backfire.", "arming the Syrian rebels"),
        ("ISIS was defeated on the battlefield but not as an idea.", "the fight against ISIS"),
        ("The Iraq war made the whole region less stable.", "the Iraq war"),
        ("Drone strikes create more militants than they kill.", "drone strikes"),
        ("The Wagner group's move into Mali will end badly for Bamako.", "Wagner in Mali"),
        ("NATO expansion is what provoked the conflict in Ukraine.", "NATO expansion"),
        ("Foreign aid mostly ends up in the pockets of local elites.", "foreign aid"),
        ("The embassy attack in Benghazi was a failure of planning, not of courage.", "the Benghazi failure"),
    ],
    "science": [
        ("Nuclear power is the safest energy source per unit of electricity.", "nuclear power"),
        ("The new telescope images prove the early universe formed galaxies faster than we thought.", "the telescope results"),
        ("Climate models have consistently overestimated warming.", "the climate models"),
        ("Sending humans to Mars is a waste of money compared with robots.", "a crewed Mars mission"),
        ("Evolution is as well established as gravity.", "evolution"),
        ("Geoengineering is too risky to even test.", "geoengineering"),
        ("The replication crisis means most psychology findings are worthless.", "the replication crisis"),
        ("Fusion power will be commercial within twenty years.", "fusion power"),
    ],
    "health": [
        ("The shingles vaccine is worth it for everyone over fifty.", "the shingles vaccine"),
        ("Intermittent fasting works better than counting calories.", "intermittent fasting"),
        ("Masks in schools did more harm than good.", "school mask rules"),
        ("Seed oils are behind the rise in chronic disease.", "seed oils"),
        ("Therapy should be covered like any other medical care.", "therapy coverage"),
        ("The new weight-loss drugs are a genuine breakthrough.", "the new weight-loss drugs"),
        ("Hospitals are closing rural maternity wards to save money.", "the maternity ward closures"),
        ("Screen time is the main cause of teenage anxiety.", "screen time"),
    ],
    "economics": [
        ("Raising the minimum wage to fifteen dollars will cost jobs.", "the minimum wage increase"),
        ("Rent control is the fastest way to make housing affordable.", "rent control"),
        ("Inflation is mostly caused by corporate greed.", "corporate greed"),
        ("Cutting taxes on the rich pays for itself through growth.", "the tax cuts"),
        ("Crypto is going to replace the banking system.", "crypto"),
        ("Tariffs on imports protect domestic workers.", "the tariffs"),
        ("The housing shortage is caused by zoning, not by investors.", "zoning rules"),
        ("A four-day work week would raise productivity.", "the four-day week"),
        ("Student debt forgiveness is unfair to people who paid their loans.", "debt forgiveness"),
        ("The stock market is wildly overvalued right now.", "the market valuation"),
    ],
    "local": [
        ("The new bypass will cut commute times for everyone.", "the bypass"),
        ("The council should never have approved the downtown stadium.", "the stadium deal"),
        ("The bike lanes on Main Street have ruined business for the shops.", "the Main Street bike lanes"),
        ("Closing Lincoln Elementary is the right call given the budget.", "closing Lincoln Elementary"),
        ("The library levy deserves a yes vote in November.", "the library levy"),
        ("Crime downtown has doubled since last summer.", "downtown crime"),
        ("The city still hasn't fixed a single pothole on Elm Road.", "the potholes on Elm Road"),
        ("The new ferry schedule is a disaster for commuters.", "the ferry schedule"),
        ("The mayor handled the flood response well.", "the flood response"),
        ("Building apartments on the old mall site will ruin the neighbourhood.", "the mall redevelopment"),
    ],
    "sports": [
        ("The referee cost us the match with that penalty call.", "the penalty call"),
        ("VAR has made football worse to watch.", "VAR"),
        ("Signing a thirty-three-year-old striker on a four-year deal is madness.", "the striker signing"),
        ("The Lakers should trade their first-round pick this season.", "the pick trade"),
        ("The coach should be fired after this losing streak.", "firing the coach"),
        ("Test cricket is dying and nobody wants to admit it.", "test cricket"),
        ("The salary cap makes the league more competitive.", "the salary cap"),
        ("Our quarterback is the most overrated player in the league.", "the quarterback"),
    ],
    "technology": [
        ("Rust will replace C++ for most new systems code.", "Rust"),
        ("AI coding assistants make junior developers worse.", "AI coding assistants"),
        ("Linux is finally ready for the average desktop user.", "desktop Linux"),
        ("Microservices were a mistake for most companies.", "microservices"),
        ("End-to-end encryption should never have a backdoor.", "encryption backdoors"),
        ("The new phone is not worth the upgrade.", "the new phone"),
        ("Remote work has made teams less productive.", "remote work"),
        ("Big tech companies should be broken up.", "breaking up big tech"),
        ("Static typing prevents most production bugs.", "static typing"),
        ("Self-driving cars will be everywhere within five years.", "self-driving cars"),
    ],
    "religion": [
        ("Religion does more good than harm in most communities.", "organised religion"),
        ("The church should have handled the abuse scandal with full transparency.", "the church's handling of the scandal"),
        ("Morality does not need any religious foundation.", "secular morality"),
        ("Prayer in public schools should be allowed again.", "school prayer"),
        ("Islam and Christianity have far more in common than people think.", "what the faiths share"),
        ("Religious exemptions to vaccine mandates are abused.", "religious exemptions"),
    ],
    "culture": [
        ("The final season ruined the whole show.", "the final season"),
        ("Streaming has made films worse.", "streaming"),
        ("The new album is her best work yet.", "the new album"),
        ("Audiobooks count as reading.", "audiobooks"),
        ("Superhero movies are killing cinema.", "superhero movies"),
        ("Tipping culture has got completely out of hand.", "tipping culture"),
    ],
}

# Sentences that support a claim about {s}; {S} is the capitalised subject.
SUPPORT = [
    "{S} is exactly what we needed, and it's about time.",
    "I've watched {s} up close for years and it has held up.",
    "people forget how bad things were before {s}.",
    "the evidence on {s} has been pretty clear for a while now.",
    "anyone who looked at {s} honestly would end up in the same place.",
    "my sister works on {s} and says the same thing every time it comes up.",
    "the critics of {s} never actually offer anything better.",
    "every serious review of {s} I've read points the same way.",
    "{S} worked in the two places that tried it properly.",
    "it's refreshing to see someone defend {s} without hedging.",
    "the last five years of {s} back this up.",
    "{S} is the rare thing both sides should be able to accept.",
    "I was sceptical of {s} at first, but the results changed my mind.",
    "the objections to {s} were mostly hypothetical and none of them happened.",
    "{S} has already paid for itself if you count what it saved.",
    "what people miss is that {s} was never meant to do everything at once.",
    "the people closest to {s} are the ones who like it most.",
    "{S} beats every alternative I've seen proposed in this thread.",
]

# Sentences that rebut a claim about {s}.
REBUT = [
    "{S} has been tried before and it failed every time.",
    "the actual numbers on {s} say the opposite.",
    "nobody who follows {s} closely believes that.",
    "you're ignoring what {s} actually costs.",
    "{S} made things worse, not better.",
    "that take on {s} falls apart the moment you look at the details.",
    "the one study everyone cites about {s} was withdrawn.",
    "the people paying for {s} are not the ones benefiting from it.",
    "{S} only looks good if you ignore the last three years.",
    "every place that went down the road of {s} regretted it.",
    "{S} solves a problem nobody actually had.",
    "the timeline you're giving for {s} is pure fantasy.",
    "{S} is being sold on promises it can't keep.",
    "there's zero evidence {s} does what you say it does.",
    "{S} sounds nice on paper and falls apart in practice.",
    "the experts who worked on {s} have said the opposite, repeatedly.",
    "you're confusing what {s} promised with what it delivered.",
    "{S} is exactly the kind of thing that backfires.",
]

# What a partial concession grants before the main move.
CONCESSIONS = [
    "It's true that {s} has a few good points",
    "Fair point that {s} isn't all bad",
    "I get why people like {s}",
    "Sure, {s} looks fine on paper",
    "Granted, {s} had some early wins",
    "I'll admit {s} is better than nothing",
    "You're not wrong that {s} gets unfair criticism",
    "Okay, {s} did help a few people",
]

QUESTION_REBUTTALS = [
    "And who exactly is paying for {s}?",
    "Did you even read the part about {s}?",
    "How is {s} supposed to fix anything?",
    "Since when has {s} ever worked the way you describe?",
    "If {s} is so great, why did they quietly drop it last time?",
    "Where's the evidence for any of that about {s}?",
    "Have you looked at a single number on {s}?",
    "What happens when {s} goes wrong, then?",
    "Why would anyone trust the people pushing {s}?",
    "Isn't {s} the same thing that blew up last time?",
]

SARCASTIC_AGREEMENT = [
    "Sure, because {s} always works out so well.",
    "Yeah, great plan, what could possibly go wrong with {s}.",
    "Oh right, {s} will fix everything. /s",
    "Brilliant. {S} it is, nothing bad ever happened that way.",
    "Totally, {s} is flawless, just like last time.",
    "Absolutely, let's do {s} again and expect a different result.",
    "Right, and I'm sure {s} will pay for itself this time. /s",
    "Wow, {s}, why didn't anyone think of that before.",
]

POLITE_OPENERS = [
    "I see where you're coming from, but",
    "With respect, I think",
    "I'm not sure that's right;",
    "Interesting point, though",
    "I'd gently push back here:",
    "I understand the argument, but",
    "I used to think so too, but",
    "Thanks for laying that out. Still,",
]

AGREE_OPENERS = [
    "Exactly.", "This.", "Agreed.", "100% this.", "Came here to say this.", "Hard agree.", "You're right,",
    "Couldn't have said it better.", "Yes, and", "Well put.", "Spot on.", "Finally someone said it.", "Same here.",
    "Thank you for saying it.", "So true.", "Yep.", "This is the correct take.", "Absolutely.", "Seconded.",
]

DISAGREE_OPENERS = [
    "No.", "That's just not true.", "I disagree.", "Not really.", "That's wrong.", "Nope.", "I don't think so.",
    "Respectfully, no.", "Source?", "Citation needed.", "That's not what happened.", "You have it backwards.",
    "Sorry, but no.", "Not even close.", "Hard disagree.", "That's a stretch.", "Wrong.", "I doubt that.",
]

NEUTRAL = [
    "Does anyone know when {s} actually starts?",
    "Which report are these {s} figures from?",
    "Is there a link for the {s} numbers somewhere?",
    "The vote on {s} is next Tuesday, for anyone who wants to weigh in.",
    "There's a public meeting about {s} on Thursday at seven.",
    "Unrelated, but the comment section loads so slowly today.",
    "Off topic, but is anyone else's app crashing when they post?",
    "My cat has stronger opinions on {s} than I do.",
    "I read the headline about {s} twice before I understood it.",
    "Speaking of {s}, the old website about it is still up lol.",
    "The thread about {s} last week had four hundred comments, btw.",
    "This thread is going to be fun to read tomorrow.",
    "Saving this for later, I need to read up on {s} first.",
    "I drove past the place they keep talking about in the {s} story yesterday, lots of trucks.",
    "Genuine question: what does {s} mean for renters specifically?",
    "Can someone explain {s} like I'm five?",
    "Does the article say who wrote the {s} proposal?",
    "Fun fact: the first debate about {s} here happened in the nineties.",
    "For context, the full text on {s} is about forty pages.",
    "Wait, is this about the same {s} from the news last spring?",
    "Reminder that the comment rules apply to {s} threads too, folks.",
    "I have no dog in this fight, I just like reading the {s} threads.",
    "Anyone have the archive link? The {s} article is paywalled for me.",
    "Not sure how I feel about {s} yet, still reading.",
    "The podcast last week had a long segment on {s}, worth a listen.",
    "Minor correction to the article: the photo caption misnames the street.",
    "Happy Friday everyone, whatever you think about {s}.",
    "How long until the mods lock this one?",
]

CIVIL_CLOSERS = [
    "Just my two cents.", "Happy to be corrected.", "Thanks for posting this.", "Interested to hear other views.",
    "That's how I see it, anyway.", "I could be wrong, of course.", "Good discussion either way.", "",
]

SNARK = [
    "lol", "Cope.", "Imagine thinking that.", "Sure, Jan.", "Bless your heart.", "Let me type this slowly for you.",
    "k.", "Big brain take.", "Yikes.", "Wow, groundbreaking.", "Okay, buddy.", "Tell me you didn't read the article without telling me.",
    "Cool story.", "Did you come up with that all by yourself?", "Peak comment section.", "Hot take, bro.",
    "This aged well. Oh wait.", "Try reading past the headline next time.", "Sweet summer child.", "Lmao okay.",
]

INSULTS = [
    "you absolute clown", "you moron", "you idiot", "troll", "paid shill", "bootlicker", "genius",
    "you pathetic little man", "loser", "you brainwashed sheep", "snowflake", "dumbass",
]

HOSTILE_LINES = [
    "You're lying and you know it.",
    "People like you are the whole problem.",
    "Go back to your echo chamber, {insult}.",
    "What a pathetic take, {insult}.",
    "Piss off with this garbage.",
    "F*** off, {insult}.",
    "Shut up, {insult}.",
    "Get lost, {insult}.",
    "You clearly don't have a single brain cell.",
    "Only an idiot would post this.",
    "Nobody cares what a {insult} like you thinks.",
    "You're either stupid or dishonest, pick one.",
    "Crawl back under your rock, {insult}.",
    "Your whole side is a bunch of liars and cowards.",
]

RUDE_AGREE = [
    "Damn right, and anyone who disagrees is an idiot.",
    "Hell yes. The clowns who oppose {s} deserve every word of this.",
    "Exactly, and the morons fighting {s} will never admit it.",
    "F*** yes, finally someone says it about {s}.",
    "This. The idiots in charge screwed up {s} from day one.",
    "Yep, and the lying hacks on the other side know it too.",
]

THIRD_PARTY = [
    "Exactly, and the council still pretends {s} is fine.",
    "Agreed, the ministers who sold us {s} should be embarrassed.",
    "Right, and the pundits on TV keep lying about {s}.",
    "Yes, and the so-called experts got {s} wrong from the start.",
]

QUOTE_REBUT_ANSWERS = [
    "no it isn't, and you know it.", "that's not how any of this works.", "citation needed for that one.",
    "this is just wrong.", "says who?", "the opposite happened.", "the record says otherwise.",
]

REDDIT_TAGS = ["tbh", "imo", "ngl", "fwiw", "lol", "honestly", "idk"]

# Snark that agrees with the parent: aimed at the other side, not at the person answered.
SNARK_WITH = [
    "The naysayers can cope.", "Imagine still arguing against {s} in this day and age.",
    "But sure, the so-called experts know better. /s", "The usual suspects will whine anyway lol.",
    "Watch the other side pretend they never opposed {s}.", "Bet the critics of {s} are real quiet now.",
    "Cue the pearl-clutching from the usual crowd.", "Someone tell the doom-posters.",
]

# Snark in a reply that takes no side: aimed at the thread, the site or the world.
SNARK_ASIDE = [
    "This comment section is a dumpster fire as usual lol.", "Peak comment section.", "lol ok.",
    "Another day, another {s} flame war.", "Grab the popcorn, folks.", "The mods are going to love this one.",
    "Wow, what a surprise, people are angry online.", "Yikes, this thread.",
]

# Hostility in a reply that takes no side: at the thread or the other commenters at large.
HOSTILE_ASIDE = [
    "Half the people in this thread are morons.", "Every one of you clowns posting here is insufferable.",
    "What a bunch of idiots in this comment section.", "You people are pathetic, the lot of you.",
]
