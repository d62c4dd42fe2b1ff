using FsCheck;
using FsCheck.Fluent;

namespace Discourse.Readers.Tests.Generated;

/// <summary>A random comment tree for round-trip properties: comments in document order, parents before replies.</summary>
public sealed record GeneratedTree(IReadOnlyList<GeneratedComment> Comments)
{
    private static readonly string[] Authors = ["ana", "Bo Li", "kev_77", "Zoë", "O'Brien", "mod"];

    private static readonly string[] Words =
    [
        "the", "vote", "failed", "again,", "“quoted”", "—", "dash", "it’s", "[sic]", "…", "50%", "naïve", "city", "“afterparty”",
        "a<b", "x>y", "Tom & Jerry", "\"plain\"", "ok.", "why?", "ISIS", "Libya", "🙂", "über", "comma,separated",
    ];

    public static Arbitrary<GeneratedTree> Arbitrary() => Generator().ToArbitrary();

    public static Gen<GeneratedTree> Generator() =>
        from size in Gen.Choose(0, 25)
        from comments in CommentsOf(size)
        select new GeneratedTree(comments);

    private static Gen<GeneratedComment[]> CommentsOf(int size) =>
        Gen.CollectToArray(Enumerable.Range(0, size).Select(i =>
            from parent in Gen.Choose(-1, i - 1)
            from author in Gen.Elements(Authors)
            from text in Text()
            from minutes in Gen.Choose(0, 100_000)
            select new GeneratedComment($"c{i + 1}", parent < 0 ? null : $"c{parent + 1}", author, text,
                new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(minutes))));

    private static Gen<string> Text() =>
        from paragraphs in Gen.Choose(1, 3)
        from lists in Gen.ArrayOf(Gen.NonEmptyListOf(Gen.Elements(Words)), paragraphs)
        select string.Join("\n\n", lists.Select(words => string.Join(' ', words)));
}

public sealed record GeneratedComment(string Id, string? ParentId, string Author, string Text, DateTimeOffset Created);
