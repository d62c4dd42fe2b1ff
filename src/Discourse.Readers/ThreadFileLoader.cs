using System.Text.Unicode;
using Discourse.Core;
using Discourse.Core.Threads;

namespace Discourse.Readers;

/// <summary>
/// Opens a thread file safely: checks that it exists, is a file, is not empty, is text (UTF-8, no NUL bytes),
/// picks the reader, and turns every failure into an <see cref="InputException"/> naming the file.
/// </summary>
public sealed class ThreadFileLoader(FormatSniffer sniffer)
{
    public static ThreadFileLoader Default { get; } = new(new FormatSniffer(KnownFormats.All));

    /// <summary>A loader whose generic CSV and JSONL readers take their columns from <paramref name="columns"/>.</summary>
    public static ThreadFileLoader WithColumns(Tabular.ColumnMap columns) =>
        columns == Tabular.ColumnMap.Default ? Default : new(new FormatSniffer(KnownFormats.With(columns)));

    public FormatSniffer Sniffer { get; } = sniffer;

    /// <summary>Reads all threads of a file. Threads stream from the reader; the file is validated first.</summary>
    public IEnumerable<DiscussionThread> Read(string path, string? format = null)
    {
        var reader = Open(path, format);
        using var stream = OpenStream(path);
        using var threads = reader.Read(stream, path).GetEnumerator();
        while (true)
        {
            DiscussionThread current;
            try
            {
                if (!threads.MoveNext())
                {
                    yield break;
                }

                current = threads.Current;
            }
            catch (InputException e)
            {
                throw e.WithPath(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"cannot read: {e.Message}", path);
            }

            yield return current;
        }
    }

    /// <summary>Validates the file and chooses its reader, without reading threads yet.</summary>
    public IThreadReader Open(string path, string? format = null)
    {
        if (Directory.Exists(path))
        {
            throw new InputException("is a directory, expected a thread file", path);
        }

        if (!File.Exists(path))
        {
            throw new InputException("no such file", path);
        }

        var head = ReadHead(path);
        if (head.Length == 0)
        {
            throw new InputException("the file is empty, expected a comment thread", path);
        }

        CheckText(path, head);
        if (format is not null)
        {
            return Sniffer.ByName(format)
                ?? throw new InputException(
                    $"unknown format '{format}', expected one of: {string.Join(", ", Sniffer.Readers.Select(r => r.FormatName))}",
                    path);
        }

        return Sniffer.Detect(head)
            ?? throw new InputException("no recognisable comment thread in this file (try --format)", path);
    }

    private static byte[] ReadHead(string path)
    {
        try
        {
            using var stream = OpenStream(path);
            var buffer = new byte[FormatSniffer.HeadSize];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += n;
            }

            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read: {e.Message}", path);
        }
    }

    private static FileStream OpenStream(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static void CheckText(string path, byte[] head)
    {
        if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new InputException("UTF-16 text; expected UTF-8 (save the file as UTF-8)", path);
        }

        var nul = Array.IndexOf(head, (byte)0);
        if (nul >= 0)
        {
            throw new InputException("binary data (NUL byte), expected UTF-8 text", path, LineOf(head, nul));
        }

        // A multi-byte sequence may be cut at the end of the head: only judge up to the last complete character.
        var span = head.AsSpan();
        var valid = Utf8.IsValid(span);
        if (!valid && head.Length == FormatSniffer.HeadSize)
        {
            var cut = span.Length - 1;
            while (cut > 0 && span.Length - cut < 4 && (span[cut] & 0xC0) == 0x80)
            {
                cut--;
            }

            valid = Utf8.IsValid(span[..cut]);
        }

        if (!valid)
        {
            var bad = FirstInvalidByte(span);
            throw new InputException("invalid UTF-8", path, LineOf(head, bad));
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return span.Length;
    }

    private static long LineOf(byte[] head, int offset) => head.AsSpan(0, offset).Count((byte)'\n') + 1;
}
