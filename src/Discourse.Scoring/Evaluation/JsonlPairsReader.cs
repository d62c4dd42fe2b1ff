using System.Globalization;
using System.Text.Json;
using Discourse.Core;
using Discourse.Core.Scores;

namespace Discourse.Scoring.Evaluation;

/// <summary>
/// Reads reply pairs as JSONL, one object a line: <c>id</c> (string or number), <c>text</c>, <c>parent</c> (string,
/// null or absent for none) and, optionally, gold <c>stance</c> and <c>tone</c>. Streams; fails on the first bad line.
/// </summary>
public static class JsonlPairsReader
{
    public const string NotCivil = "uncivil";
    public const string Hostile = "hostile";

    public static IEnumerable<EvaluationItem> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("no such file", path);
        }

        var number = 0L;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(line, path, number);
            }
        }
    }

    public static EvaluationItem ParseLine(string line, string path, long number)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InputException($"not valid JSON ({e.Message.Split('.')[0]}), expected one object per line", path, number);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException("expected a JSON object with id, parent and text", path, number);
            }

            var id = IdOf(root, path, number);
            var text = StringOf(root, "text", path, number, required: true)!;
            var parent = StringOf(root, "parent", path, number, required: false) ?? "";
            var item = new EvaluationItem(id, parent, text);
            if (StringOf(root, "stance", path, number, required: false) is { } stanceText)
            {
                item = item with
                {
                    Stance = LabelNames.TryParseStance(stanceText, out var stance)
                        ? stance
                        : throw new InputException($"unknown stance '{stanceText}', expected agree, neutral or disagree", path, number),
                };
            }

            if (StringOf(root, "tone", path, number, required: false) is { } toneText)
            {
                var tone = LabelNames.TryParseTone(toneText, out var t)
                    ? t
                    : throw new InputException($"unknown tone '{toneText}', expected civil, snarky or hostile", path, number);
                item = item with
                {
                    Tone = tone,
                    Binary = new Dictionary<string, bool> { [NotCivil] = tone != Tone.Civil, [Hostile] = tone == Tone.Hostile },
                };
            }

            return item;
        }
    }

    private static string IdOf(JsonElement root, string path, long number)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            throw new InputException("missing \"id\"", path, number);
        }

        return id.ValueKind switch
        {
            JsonValueKind.String => id.GetString()!,
            JsonValueKind.Number => id.GetRawText(),
            _ => throw new InputException($"\"id\" is {id.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)}, expected a string or number", path, number),
        };
    }

    private static string? StringOf(JsonElement root, string name, string path, long number, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw new InputException($"missing \"{name}\"", path, number) : null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InputException($"\"{name}\" is {value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)}, expected a string", path, number);
    }
}
