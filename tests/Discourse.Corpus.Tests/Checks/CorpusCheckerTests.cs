using Discourse.Corpus.Checks;
using Discourse.Corpus.Reading;

namespace Discourse.Corpus.Tests.Checks;

public class CorpusCheckerTests
{
    private static CorpusCheckResult Check(CorpusFolder folder, CorpusQuotas? quotas = null) =>
        new CorpusChecker(quotas ?? CorpusQuotas.LabelsOnly).Check(CorpusReader.Read(folder.Root));

    private static object Comment(string id, string? parentId, string text, string parent, string thread = "t1", string split = "train") =>
        new Dictionary<string, object?>(CorpusFolder.Pair(id, text, split: split, parent: parent))
        {
            ["threadId"] = thread,
            ["parentId"] = parentId,
            ["author"] = "someone",
            ["created"] = "2020-01-01T10:00:00Z",
            ["group"] = thread,
        };

    [Fact]
    public void Clean_corpus_passes()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
        [
            CorpusFolder.Pair("p1", "That is not what the council voted for at all.", split: "dev"),
            CorpusFolder.Pair("p2", "Agreed, the bus lane was long overdue here.", stance: "agree"),
        ]);

        Assert.True(Check(folder).Passed);
    }

    [Fact]
    public void Heat_outside_its_tone_range_is_a_violation()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
            [CorpusFolder.Pair("p1", "You absolute clown, read a book.", tone: "hostile", heat: 0.2, split: "dev")]);

        var violation = Assert.Single(Check(folder).Violations);
        Assert.Contains("outside the hostile range", violation.Message);
    }

    [Fact]
    public void Too_short_reply_and_reused_id_are_violations()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
            [CorpusFolder.Pair("p1", "no", split: "dev"), CorpusFolder.Pair("p1", "Not what the report says, though.")]);

        var messages = Check(folder).Violations.Select(v => v.Message).ToList();

        Assert.Contains(messages, m => m.Contains("reply has 1 words"));
        Assert.Contains(messages, m => m.Contains("id 'p1' already used"));
    }

    [Fact]
    public void Group_on_both_sides_of_the_split_is_a_violation()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
        [
            CorpusFolder.Pair("p1", "I doubt the stadium pays for itself.", group: "stadium", split: "train"),
            CorpusFolder.Pair("p2", "The stadium deal has a clawback clause.", group: "stadium", split: "dev"),
        ]);

        Assert.Contains(Check(folder).Violations, v => v.Message.Contains("group 'stadium' is on both sides"));
    }

    [Fact]
    public void Near_duplicate_across_the_split_is_found_and_distinct_replies_are_not()
    {
        const string text = "The new tram line will take at least ten years to pay for itself, and the city knows it.";
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
        [
            CorpusFolder.Pair("p1", text, split: "train"),
            CorpusFolder.Pair("p2", text.Replace("ten", "twelve"), split: "dev", parent: "Another parent entirely."),
            CorpusFolder.Pair("p3", "Cycling lanes on Elm Street were repainted last week after the complaints.", split: "dev"),
        ]);

        var violation = Assert.Single(Check(folder).Violations);
        Assert.Contains("near duplicate", violation.Message);
        Assert.Contains("across the train/dev split", violation.Message);
        Assert.Contains("p1", violation.Message);
    }

    [Fact]
    public void Short_replies_may_repeat_under_different_parents()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
        [
            CorpusFolder.Pair("p1", "source? lol no", parent: "Crime doubled this year.", split: "dev"),
            CorpusFolder.Pair("p2", "source? lol no", parent: "Rents fell in March."),
        ]);

        Assert.True(Check(folder).Passed);
    }

    [Fact]
    public void Thread_links_must_point_to_earlier_comments_with_matching_parent_text()
    {
        using var folder = new CorpusFolder()
            .Write("threads.meta.jsonl", [new { threadId = "t1", title = "T", article = "The article.", shape = "calm", split = "train", topic = "local" }])
            .Write("threads/t1.jsonl",
            [
                Comment("c1", null, "I think the article is right about this.", "The article."),
                Comment("c2", "c1", "Partly, though the figures are from 2019.", "I think the article is right about this."),
                Comment("c3", "c9", "Where does that figure come from exactly?", "whatever"),
                Comment("c4", "c2", "They were updated in the spring edition.", "not the parent text"),
            ])
            .Write("pairs/dev.jsonl", [CorpusFolder.Pair("p1", "A dev item so the split is not empty.", split: "dev")]);

        var messages = Check(folder).Violations.Select(v => v.Message).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("parentId 'c9' is not an earlier comment"));
        Assert.Contains(messages, m => m.Contains("'parent' differs from the text of comment c2"));
    }

    [Fact]
    public void Shipped_quotas_fail_a_small_corpus_and_report_shares()
    {
        using var folder = new CorpusFolder().Write("pairs/a.jsonl",
            [CorpusFolder.Pair("p1", "Not convinced by the argument here.", split: "dev")]);

        var result = Check(folder, CorpusQuotas.Shipped);

        Assert.Contains(result.Violations, v => v.Message.Contains("1 pairs, expected at least 4000"));
        Assert.Contains(result.Violations, v => v.Message.Contains("stance 'agree' is 0.0 %"));
        Assert.DoesNotContain(result.Violations, v => v.Message.Contains("stance 'disagree'"));
        Assert.Equal(1.0, result.Statistics.Share(Core.Scores.Stance.Disagree));
    }
}
