namespace Discourse.Readers.Text;

/// <summary>One line of a byte stream: its bytes (without the line end), 1-based number and byte offset.</summary>
public readonly record struct Utf8Line(ReadOnlyMemory<byte> Bytes, long Number, long Offset);

/// <summary>
/// Splits a stream into lines of UTF-8 bytes without decoding them to strings, reusing one buffer, so JSONL
/// readers can hand each line straight to <see cref="System.Text.Json.Utf8JsonReader"/>.
/// The memory of a yielded line is valid until the next one is read.
/// </summary>
public static class Utf8LineReader
{
    public static IEnumerable<Utf8Line> Lines(Stream input, int bufferSize = 1 << 20)
    {
        var buffer = new byte[bufferSize];
        var start = 0;
        var end = 0;
        long number = 0;
        long offset = 0;
        var eof = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0 && !eof)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = input.Read(buffer, end, buffer.Length - end);
                eof = read == 0;
                end += read;
                continue;
            }

            var lineEnd = newline < 0 ? end : newline;
            if (newline < 0 && lineEnd == start)
            {
                yield break;
            }

            var length = lineEnd - start;
            if (length > 0 && buffer[lineEnd - 1] == (byte)'\r')
            {
                length--;
            }

            number++;
            yield return new Utf8Line(new ReadOnlyMemory<byte>(buffer, start, length), number, offset);
            var consumed = (newline < 0 ? end : newline + 1) - start;
            offset += consumed;
            start += consumed;
        }
    }
}
