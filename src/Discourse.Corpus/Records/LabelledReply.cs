using Discourse.Core.Scores;

namespace Discourse.Corpus.Records;

/// <summary>
/// One labelled (parent, reply) item of our corpus: a standalone pair or a comment of a labelled thread.
/// See <c>seeds/corpus/CODEBOOK.md</c> for the meaning of every field.
/// </summary>
public sealed record LabelledReply(string Id, string Parent, string Text, Stance Stance, Tone Tone, double Heat, CorpusSplit Split)
{
    public string Group { get; init; } = "";
    public string Topic { get; init; } = "";
    public string Register { get; init; } = "";
    public string Hard { get; init; } = "none";

    /// <summary>
    /// The part of the corpus the item belongs to: "slice A" … for a standalone pair whose id has the codebook's
    /// <c>p&lt;letter&gt;-</c> form, "threads" for a comment of a labelled thread (the seed thread included), "other"
    /// for a pair with any other id.
    /// </summary>
    public string Slice => ThreadId is not null ? "threads"
        : Id.Length > 2 && Id[0] == 'p' && Id[1] is >= 'a' and <= 'z' && Id[2] == '-' ? $"slice {char.ToUpperInvariant(Id[1])}"
        : "other";

    /// <summary>Set for comments of a labelled thread; null for standalone pairs.</summary>
    public string? ThreadId { get; init; }

    public string? ParentId { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Created { get; init; }

    /// <summary>Where the item was read: file and 1-based line.</summary>
    public CorpusLocation Location { get; init; } = new("", 0);

    public bool IsThreadComment => ThreadId is not null;
}
