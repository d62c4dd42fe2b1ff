using Discourse.Scoring.Features;

namespace Discourse.Scoring.Tests.Features;

public class LexiconHeatTests
{
    private static float Heat(string text) => LexiconHeat.Of(DiscourseFeatureExtractor.Extract("The council will vote on the budget.", text));

    [Fact]
    public void A_reply_without_markers_sits_at_the_calm_anchor() =>
        Assert.Equal(LexiconHeat.None, Heat("When is the vote, and is it open to the public?"), 3);

    [Fact]
    public void Snarky_markers_alone_stay_between_the_snarky_and_the_hostile_anchor()
    {
        Assert.Equal(LexiconHeat.Snarky, Heat("The budget again? Hogwash."), 3);
        Assert.InRange(Heat("lol the budget again, what a surprise"), LexiconHeat.Snarky + 0.01, LexiconHeat.Hostile);
    }

    [Fact]
    public void A_hostile_marker_starts_at_the_hostile_anchor_and_snark_cannot_outrank_it()
    {
        var hostile = Heat("The treasurer is a crook.");
        var snarky = Heat("lol, sure, wow, what a surprise");

        Assert.Equal(LexiconHeat.Hostile, hostile, 3);
        Assert.True(hostile > snarky, $"hostile {hostile} vs snarky {snarky}");
    }

    [Fact]
    public void Each_further_marker_adds_heat_up_to_one()
    {
        var one = Heat("You idiot.");
        var many = Heat("You fucking idiot, you moron, shut up, lol, you absolute clown, you're lying, piece of shit");

        Assert.True(many > one, $"{many} vs {one}");
        Assert.InRange(many, 0, 1);
    }

    [Theory]
    [InlineData("Hang on, where is the source?")]
    [InlineData("Can you shoot me an email?")]
    [InlineData("Stricter gun laws would help.")]
    [InlineData("Great shot of the bridge!")]
    [InlineData("My condolences, I'm so sorry he died.")]
    [InlineData("You're damn right, well said.")]
    [InlineData("The White House is wrong about this.")]
    [InlineData("The English version is misleading.")]
    [InlineData("Email me at john@example.com please.")]
    [InlineData("I don't think it's right, but fine.")]
    [InlineData("Thank you, you're a star.")]
    [InlineData("Garden hoe, rake and a queer old shed.")]
    public void Everyday_words_with_a_violent_or_rude_reading_do_not_reach_the_hostile_anchor(string text) =>
        Assert.True(Heat(text) < LexiconHeat.Hostile, $"'{text}' scored {Heat(text)}");

    [Theory]
    [InlineData("Someone should shoot him.")]
    [InlineData("Those immigrants are disgusting.")]
    [InlineData("You are a moron.")]
    [InlineData("Bunch of feminazis and trailer trash.")]
    public void Aimed_violence_groups_in_insults_slurs_and_insults_reach_the_hostile_anchor(string text) =>
        Assert.True(Heat(text) >= LexiconHeat.Hostile, $"'{text}' scored {Heat(text)}");
}
