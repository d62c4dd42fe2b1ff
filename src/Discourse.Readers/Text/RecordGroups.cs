namespace Discourse.Readers.Text;

/// <summary>
/// Groups the records of a large flat file by thread in two passes, so memory holds a small reference per record
/// rather than the records: the first pass notes each record's thread and byte range, the second reads each
/// thread's records back (sequentially when the file is already grouped by thread). Threads come out in the order
/// of their first record.
/// </summary>
public static class RecordGroups
{
    public static IEnumerable<(string Key, IEnumerable<(ReadOnlyMemory<byte> Bytes, long Line)> Records)> Group(
        Stream input, IEnumerable<RecordRef> scan)
    {
        // The key is kept once per thread; each record costs one small struct (24 bytes), whatever its text.
        var groups = new Dictionary<string, List<Extent>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in scan)
        {
            if (!groups.TryGetValue(record.Key, out var list))
            {
                groups[record.Key] = list = [];
                order.Add(record.Key);
            }

            list.Add(new Extent(record.Offset, record.Length, record.Line));
        }

        foreach (var key in order)
        {
            yield return (key, ReadBack(input, groups[key]));
            groups.Remove(key);
        }
    }

    private static IEnumerable<(ReadOnlyMemory<byte> Bytes, long Line)> ReadBack(Stream input, List<Extent> records)
    {
        var buffer = new byte[4096];
        foreach (var record in records)
        {
            if (buffer.Length < record.Length)
            {
                buffer = new byte[Math.Max(record.Length, buffer.Length * 2)];
            }

            var target = buffer.AsSpan(0, record.Length);
            if (input is FileStream file)
            {
                // Read exactly the record where it lies: a buffered seek would read a whole buffer for each record.
                var read = 0;
                while (read < target.Length)
                {
                    var n = RandomAccess.Read(file.SafeFileHandle, target[read..], record.Offset + read);
                    if (n == 0)
                    {
                        throw new EndOfStreamException("the file changed while it was being read");
                    }

                    read += n;
                }
            }
            else
            {
                input.Seek(record.Offset, SeekOrigin.Begin);
                input.ReadExactly(target);
            }

            yield return (new ReadOnlyMemory<byte>(buffer, 0, record.Length), record.Line);
        }
    }

    private readonly record struct Extent(long Offset, int Length, long Line);

    /// <summary>A stream the second pass can seek in: the input itself, or a temporary copy of it.</summary>
    public static SeekableInput Seekable(Stream input)
    {
        if (input.CanSeek)
        {
            return new SeekableInput(input, owned: false);
        }

        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose);
        input.CopyTo(copy);
        copy.Position = 0;
        return new SeekableInput(copy, owned: true);
    }
}

/// <summary>The seekable form of an input; disposing it removes a temporary copy but never closes the caller's stream.</summary>
public sealed class SeekableInput(Stream stream, bool owned) : IDisposable
{
    public Stream Stream { get; } = stream;

    public void Dispose()
    {
        if (owned)
        {
            Stream.Dispose();
        }
    }
}
