using System.Text.Json;
using Discourse.Core;

namespace Discourse.Readers.Json;

/// <summary>Turns System.Text.Json failures into <see cref="InputException"/> with the input's line and column.</summary>
public static class JsonErrors
{
    public static InputException From(JsonException e, string sourceName, long lineOffset = 0)
    {
        var line = e.LineNumber is { } l ? l + 1 + lineOffset : (long?)null;
        var column = e.BytePositionInLine is { } c ? c + 1 : (long?)null;
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return new InputException($"malformed JSON: {(cut > 0 ? message[..cut] : message)}", sourceName, line, column);
    }

    public static JsonDocument Parse(Stream input, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 4096, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw From(e, sourceName);
        }
    }

    public static JsonDocument ParseLine(ReadOnlyMemory<byte> line, string sourceName, long lineNumber)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw From(e, sourceName, lineNumber - 1);
        }
    }
}
