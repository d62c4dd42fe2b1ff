using System.Text;
using System.Text.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.Json;

/// <summary>
/// The first pass over a JSONL file: for each line, the value of one top-level property (the thread key) read with
/// <see cref="Utf8JsonReader"/> without building the object. Blank lines are skipped.
/// </summary>
public static class JsonKeyScanner
{
    public static IEnumerable<RecordRef> Scan(Stream input, string sourceName, Func<string, string> keyOf, IReadOnlyList<string> keyNames)
    {
        var names = keyNames.Select(Encoding.UTF8.GetBytes).ToArray();
        foreach (var line in Utf8LineReader.Lines(input))
        {
            if (IsBlank(line.Bytes.Span))
            {
                continue;
            }

            var key = FindKey(line, sourceName, names);
            yield return new RecordRef(keyOf(key ?? ""), line.Offset, line.Bytes.Length, line.Number);
        }
    }

    private static string? FindKey(Utf8Line line, string sourceName, byte[][] names)
    {
        try
        {
            var reader = new Utf8JsonReader(line.Bytes.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new Core.InputException("expected one JSON object per line", sourceName, line.Number);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = false;
                foreach (var name in names)
                {
                    match |= reader.ValueTextEquals(name);
                }

                reader.Read();
                if (match && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                {
                    // The rest of the line is checked when the second pass parses it.
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan);
                }
                else
                {
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                throw new Core.InputException("expected one JSON object per line", sourceName, line.Number);
            }

            return null;
        }
        catch (JsonException e)
        {
            throw JsonErrors.From(e, sourceName, line.Number - 1);
        }
    }

    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
