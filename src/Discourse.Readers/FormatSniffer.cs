namespace Discourse.Readers;

/// <summary>Chooses a reader for a file from its first bytes, or by the name given with <c>--format</c>.</summary>
public sealed class FormatSniffer(IReadOnlyList<IThreadReader> readers)
{
    public const int HeadSize = 64 * 1024;

    public IReadOnlyList<IThreadReader> Readers { get; } = readers;

    public IThreadReader? ByName(string name) =>
        Readers.FirstOrDefault(r => string.Equals(r.FormatName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first reader, in registration order, that recognises the head; specific formats come first.</summary>
    public IThreadReader? Detect(ReadOnlySpan<byte> head)
    {
        foreach (var reader in Readers)
        {
            if (reader.Recognises(head))
            {
                return reader;
            }
        }

        return null;
    }
}
