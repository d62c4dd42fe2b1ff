using Discourse.Core.Scores;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.ModelCard;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Tests.ModelCard;

public class MarkdownTablesTests
{
    private static (EvaluationItem, ReplyPrediction) Scored(int i, Stance gold, Stance predicted)
    {
        var stance = new float[3];
        stance[(int)predicted] = 1f;
        var item = new EvaluationItem($"r{i}", "The ferry runs at nine.", "A reply.") { Stance = gold };
        return (item, new ReplyPrediction($"r{i}", stance, [1f, 0f, 0f], 0.1f, 0.1f, HeatShares.Equal));
    }

    [Fact]
    public void The_headline_macro_f1_has_four_decimals_so_a_near_miss_never_rounds_up_to_a_target()
    {
        // agree F1 2/3, neutral 1, disagree 2/3: macro-F1 7/9 = 0.77777…
        var result = new EvaluationResult(
        [
            Scored(0, Stance.Agree, Stance.Agree), Scored(1, Stance.Agree, Stance.Disagree),
            Scored(2, Stance.Neutral, Stance.Neutral), Scored(3, Stance.Disagree, Stance.Disagree),
        ]);

        Assert.Contains("Stance macro-F1 **0.7778**", MarkdownTables.Result(result));
        Assert.Equal("0.4996", MarkdownTables.Precise(0.49964));
        Assert.Equal("0.500", MarkdownTables.Number(0.49964));
        Assert.Equal("n/a", MarkdownTables.Precise(double.NaN));
    }
}
