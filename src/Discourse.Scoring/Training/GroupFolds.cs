using Discourse.Corpus.Records;

namespace Discourse.Scoring.Training;

/// <summary>
/// Splits items into k folds by their group (a conversation or sub-topic, or the thread), so related replies never
/// sit on both sides of a fold. The fold of a group is a fixed hash of its name.
/// </summary>
public static class GroupFolds
{
    public static int FoldOf(LabelledReply item, int folds) => (int)(StableHash(GroupOf(item)) % (uint)folds);

    public static string GroupOf(LabelledReply item) =>
        item.Group.Length > 0 ? item.Group : item.ThreadId ?? item.Id;

    /// <summary>FNV-1a over the UTF-16 code units: the same on every machine and run.</summary>
    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
