using Discourse.Scoring.Tests.Support;
using Discourse.Scoring.Training;

namespace Discourse.Scoring.Tests.Training;

public class GroupFoldsTests
{
    [Fact]
    public void A_group_never_spans_two_folds_and_every_fold_is_used()
    {
        var items = SyntheticCorpus.Items();

        var foldsPerGroup = items.GroupBy(GroupFolds.GroupOf).Select(g => g.Select(i => GroupFolds.FoldOf(i, 3)).Distinct().Count());

        Assert.All(foldsPerGroup, n => Assert.Equal(1, n));
        Assert.Equal(3, items.Select(i => GroupFolds.FoldOf(i, 3)).Distinct().Count());
    }

    [Fact]
    public void The_hash_is_fixed() => Assert.Equal(GroupFolds.StableHash("the-bypass-3"), GroupFolds.StableHash("the-bypass-3"));
}
