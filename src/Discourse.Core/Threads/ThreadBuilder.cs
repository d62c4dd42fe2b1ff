namespace Discourse.Core.Threads;

/// <summary>
/// Builds an immutable <see cref="DiscussionThread"/> from drafts in document order, repairing damaged links
/// (duplicate ids, self-replies, orphans, cycles) by flagging the comment instead of dropping it.
/// </summary>
public sealed class ThreadBuilder(ThreadInfo info)
{
    private readonly List<CommentDraft> drafts = [];

    public int Count => drafts.Count;

    public ThreadBuilder Add(CommentDraft draft)
    {
        drafts.Add(draft);
        return this;
    }

    public ThreadBuilder AddRange(IEnumerable<CommentDraft> items)
    {
        drafts.AddRange(items);
        return this;
    }

    public DiscussionThread Build()
    {
        var ids = AssignUniqueIds(out var flags);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        var parents = new int[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            parents[i] = ResolveParent(i, ids, index, flags);
        }

        BreakCycles(parents, flags);
        var depths = ComputeDepths(parents);

        var comments = new Comment[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var link = parents[i] < 0 && drafts[i].Link.ParentId is not null
                ? drafts[i].Link with { ParentId = null }
                : parents[i] >= 0 && drafts[i].Link.ParentId != ids[parents[i]]
                    ? drafts[i].Link with { ParentId = ids[parents[i]] }
                    : drafts[i].Link;
            comments[i] = new Comment(drafts[i], ids[i], link, depths[i], i, flags[i]);
        }

        for (var i = 0; i < comments.Length; i++)
        {
            if (parents[i] >= 0)
            {
                comments[parents[i]].AddChild(comments[i]);
            }
        }

        return new DiscussionThread(info, comments);
    }

    private string[] AssignUniqueIds(out CommentFlags[] flags)
    {
        flags = new CommentFlags[drafts.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ids = new string[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var id = drafts[i].Id;
            if (!seen.Add(id))
            {
                flags[i] |= CommentFlags.DuplicateId;
                var n = 2;
                while (!seen.Add($"{drafts[i].Id}#{n}"))
                {
                    n++;
                }

                id = $"{drafts[i].Id}#{n}";
            }

            ids[i] = id;
        }

        return ids;
    }

    private int ResolveParent(int i, string[] ids, Dictionary<string, int> index, CommentFlags[] flags)
    {
        var parentId = drafts[i].Link.ParentId;
        if (parentId is null)
        {
            return -1;
        }

        if (parentId == drafts[i].Id)
        {
            flags[i] |= CommentFlags.SelfReply;
            return -1;
        }

        // A duplicate id refers to the first comment that carried it.
        if (!index.TryGetValue(parentId, out var p) || ids[p] != parentId)
        {
            flags[i] |= CommentFlags.Orphan;
            return -1;
        }

        return p;
    }

    private static void BreakCycles(int[] parents, CommentFlags[] flags)
    {
        // 0 = unvisited, 1 = on the current walk, 2 = known to reach the root.
        var state = new byte[parents.Length];
        var walk = new List<int>();
        for (var start = 0; start < parents.Length; start++)
        {
            walk.Clear();
            var node = start;
            while (node >= 0 && state[node] == 0)
            {
                state[node] = 1;
                walk.Add(node);
                node = parents[node];
            }

            if (node >= 0 && state[node] == 1)
            {
                // The walk closed on itself: cut the link of the node where it closed.
                flags[node] |= CommentFlags.CycleBroken;
                parents[node] = -1;
            }

            foreach (var visited in walk)
            {
                state[visited] = 2;
            }
        }
    }

    private static int[] ComputeDepths(int[] parents)
    {
        var depths = new int[parents.Length];
        Array.Fill(depths, -1);
        var stack = new Stack<int>();
        for (var i = 0; i < parents.Length; i++)
        {
            var node = i;
            while (node >= 0 && depths[node] < 0)
            {
                stack.Push(node);
                node = parents[node];
            }

            var depth = node >= 0 ? depths[node] : -1;
            while (stack.Count > 0)
            {
                depth++;
                depths[stack.Pop()] = depth;
            }
        }

        return depths;
    }
}
