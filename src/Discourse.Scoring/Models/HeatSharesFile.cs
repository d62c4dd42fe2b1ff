using System.Text.Json;
using Discourse.Core;
using Discourse.Core.IO;

namespace Discourse.Scoring.Models;

/// <summary>
/// Reads and writes <see cref="HeatShares"/> as a small JSON object (<c>{"regression": …, "tone": …, "lexicon": …}</c>);
/// a missing, malformed or invalid file is an <see cref="InputException"/>.
/// </summary>
public static class HeatSharesFile
{
    private static readonly string[] Fields = ["regression", "tone", "lexicon"];

    public static void Write(HeatShares shares, string path) =>
        AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteNumber(Fields[0], shares.Regression);
            json.WriteNumber(Fields[1], shares.Tone);
            json.WriteNumber(Fields[2], shares.Lexicon);
            json.WriteEndObject();
        });

    public static HeatShares Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("heat shares file not found (run 'discourse train' or pass --models DIR)", path);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, "expected a JSON object");
            }

            var values = Fields.Select(name =>
                document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
                    ? value.GetDouble()
                    : throw Invalid(path, $"expected a number in \"{name}\""))
                .ToArray();
            return new HeatShares(values[0], values[1], values[2]);
        }
        catch (JsonException e)
        {
            throw new InputException($"not valid heat shares: not JSON ({e.Message.Split('.')[0]})", path, (e.LineNumber ?? 0) + 1);
        }
        catch (ArgumentException e)
        {
            throw Invalid(path, e.Message);
        }
    }

    private static InputException Invalid(string path, string what) => new($"not valid heat shares: {what}", path);
}
