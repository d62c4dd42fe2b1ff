namespace Discourse.Readers;

/// <summary>Every reader Discourse ships, most specific first (detection tries them in this order).</summary>
public static class KnownFormats
{
    public static IReadOnlyList<IThreadReader> All { get; } =
    [
    ];
}
