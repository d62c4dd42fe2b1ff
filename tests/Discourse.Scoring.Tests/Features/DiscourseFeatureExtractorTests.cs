using Discourse.Scoring.Features;

namespace Discourse.Scoring.Tests.Features;

public class DiscourseFeatureExtractorTests
{
    private const string Parent = "The new bypass will cut commute times for everyone in town.";

    private static float Feature(string name, string text, string parent = Parent) =>
        DiscourseFeatureExtractor.Extract(parent, text)[DiscourseFeatureExtractor.Names.ToList().IndexOf(name)];

    [Fact]
    public void Vector_length_matches_the_names_and_names_are_unique()
    {
        Assert.Equal(DiscourseFeatureExtractor.Count, DiscourseFeatureExtractor.Names.Count);
        Assert.Equal(DiscourseFeatureExtractor.Names.Count, DiscourseFeatureExtractor.Names.Distinct().Count());
        Assert.Equal(DiscourseFeatureExtractor.Count, DiscourseFeatureExtractor.Extract(null, null).Length);
    }

    [Theory]
    [InlineData("agree.count", "Exactly, well said.", "The bridge is closed on Sunday.")]
    [InlineData("disagree.count", "No, that is simply not true.", "The bridge is closed on Sunday.")]
    [InlineData("concession.thenContrast", "True, but the south side gets nothing.", "The south side gets nothing, true.")]
    [InlineData("negation.count", "It never worked and it won't.", "It worked and it will.")]
    [InlineData("question.rhetorical", "Did you even read the article?", "Which article was it?")]
    [InlineData("you.density", "You keep saying that.", "I keep saying that.")]
    [InlineData("hedge.count", "Maybe it could help, I think.", "It will help.")]
    [InlineData("intensifier.count", "This is absolutely, totally wrong.", "This is wrong.")]
    [InlineData("insult.count", "Only an idiot would believe that.", "Only a few would believe that.")]
    [InlineData("profanity.count", "That is bullshit.", "That is wrong.")]
    [InlineData("condescension.count", "Let me explain this slowly, sweetie.", "Let me add one thing.")]
    [InlineData("sarcasm.count", "Sure, because that always works.", "It sometimes works.")]
    [InlineData("sarcasm.count", "Gee, I wonder why. Go figure.", "I asked them why.")]
    [InlineData("scareQuotes.count", "Their \"experts\" said so.", "Their experts said so.")]
    [InlineData("sic.present", "He wrote \"alot\" [sic] again.", "He wrote a lot again.")]
    [InlineData("caps.share", "THIS IS WRONG", "this is wrong")]
    [InlineData("punctuation.longestRun", "Really?!?!", "Really?")]
    [InlineData("you.accused", "You're lying and you know it.", "They're wrong and they know it.")]
    [InlineData("negative.count", "What a disgraceful, pathetic mess.", "What a sunny morning.")]
    [InlineData("polite.gratitude", "Thanks, I appreciate the link.", "Here is the link.")]
    [InlineData("generalisation.count", "Typical, these people never learn.", "This council never learns.")]
    [InlineData("insult.present", "What a muppet.", "What a morning.")]
    [InlineData("profanity.present", "That's horseshit.", "That's horse feed.")]
    [InlineData("sexual.count", "Post your nudes then.", "Post your notes then.")]
    [InlineData("violence.count", "Someone should shoot him.", "Someone should ask him.")]
    [InlineData("violence.targeted", "I hope they die.", "The plant will die.")]
    [InlineData("group.count", "Immigrants and feminists again.", "Buses and trams again.")]
    [InlineData("group.nearNegative", "Those immigrants are disgusting.", "Those immigrants are arriving.")]
    [InlineData("dismissal.count", "*yawn* nobody cares.", "Good question, I care.")]
    [InlineData("laughter.count", "lmao ok hahaha", "ok then")]
    [InlineData("slur.count", "Typical roasties and trailer trash.", "Typical roasts and trailer parks.")]
    [InlineData("mockEmoji.count", "Sure buddy 🙄🤡", "Sure buddy 😀")]
    [InlineData("censored.count", "What the f*ck, this is sh!t.", "What the heck, this is it.")]
    [InlineData("censored.count", "Shut up, a$$ f***", "Write to a@b.com, it is **bold**. Wow!That")]
    [InlineData("stretched.count", "Riiiight, sooooo convincing.", "Right, so convincing.")]
    [InlineData("offence.total", "lol shut up, you f*cking muppet 🤡", "Could you say more about that?")]
    public void A_feature_rises_when_its_marker_is_present(string name, string with, string without) =>
        Assert.True(Feature(name, with) > Feature(name, without), $"{name}: '{with}' should score above '{without}'");

    [Theory]
    [InlineData("I don't think it's right, but fine.", 0)]
    [InlineData("Their \"experts\" and their \u201Cpeace process\u201D again.", 2)]
    [InlineData("He said \"we will fix the roads by spring and then the bridge\" last year.", 0)]
    [InlineData("They call it 'Google.' Sure.", 1)]
    [InlineData("The \u2018experts\u2019 and their 'plan' again.", 2)]
    [InlineData("I don't know if it's James' car or the Smiths' van.", 0)]
    [InlineData("'Tis the season, isn't it? Rock 'n' roll.", 0)]
    public void Scare_quotes_are_short_quoted_phrases_not_contractions_or_possessives(string text, int expected) =>
        Assert.Equal(expected, Feature("scareQuotes.count", text));

    [Fact]
    public void The_reply_and_parent_polarity_are_compared()
    {
        const string negativeParent = "The council is corrupt and useless, a total disgrace.";
        const string pilingOn = "Corrupt is the word, and the mayor is the worst of them.";

        Assert.Equal(1f, Feature("polarity.bothNegative", pilingOn, negativeParent));
        Assert.Equal(0f, Feature("polarity.bothNegative", pilingOn, "The council did great work this year."));
        Assert.True(Feature("polarity.product", pilingOn, negativeParent) > 0);
        Assert.True(Feature("polarity.product", pilingOn, "Great, fair and honest work by a good council.") < 0);
        Assert.True(Feature("parent.negativeDensity", pilingOn, negativeParent) > Feature("parent.negativeDensity", pilingOn));
    }

    [Fact]
    public void Criticising_the_parents_own_words_and_echo_quotes_are_seen()
    {
        const string parent = "They are the afterparty of the intervention.";

        Assert.Equal(1f, Feature("negative.nearParentWord", "Calling it an afterparty is callous and disgusting.", parent));
        Assert.Equal(0f, Feature("negative.nearParentWord", "The weather was disgusting all week.", parent));
        Assert.Equal(1f, Feature("parent.echoQuoted", "The \u201Cafterparty\u201D line again.", parent));
        Assert.Equal(1f, Feature("parent.echoQuoted", "The \"party\" part is callous.", parent));
        Assert.Equal(1f, Feature("parent.echoQuoted", "So \"a great idea\" it is.", "This is a great idea for the town."));
        Assert.Equal(1f, Feature("parent.echoQuoted", "Sure, you \u201Cdon\u2019t care\u201D.", "I don't care about the vote."));
        Assert.Equal(0f, Feature("parent.echoQuoted", "\"This is a very long quote\" means \"cuts\"", "It means what it says."));
        Assert.Equal(0f, Feature("negative.nearParentWord", "Agreed, corrupt and a disaster.", "The mayor is corrupt and the plan is a disaster."));
        Assert.Equal(0f, Feature("parent.echoQuoted", "The \"celebration\" line again.", parent));
    }

    [Fact]
    public void Quoting_and_overlap_with_the_parent_are_seen()
    {
        var quoting = "> will cut commute times for everyone\nOnly for the north side.";
        var unrelated = "The library has a great club on Saturdays.";

        Assert.Equal(1f, Feature("parent.quoted", quoting));
        Assert.Equal(0f, Feature("parent.quoted", unrelated));
        Assert.Equal(1f, Feature("reply.quoteLines", quoting));
        Assert.True(Feature("parent.overlap", quoting) > Feature("parent.overlap", unrelated));
    }

    [Fact]
    public void An_empty_parent_is_flagged()
    {
        Assert.Equal(1f, Feature("parent.empty", "Great article.", ""));
        Assert.Equal(0f, Feature("parent.empty", "Great article."));
    }

    [Fact]
    public void A_post_as_parent_is_flagged()
    {
        Assert.Equal(1f, Feature("parent.post", "Mine did that too.", "Title: Why does my dough not rise? \n Third try."));
        Assert.Equal(0f, Feature("parent.post", "Mine did that too.", "The title of the report says it all."));
    }

    [Fact]
    public void Extraction_is_repeatable() =>
        Assert.Equal(DiscourseFeatureExtractor.Extract(Parent, "No, you're wrong!!"), DiscourseFeatureExtractor.Extract(Parent, "No, you're wrong!!"));
}
