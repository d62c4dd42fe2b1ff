using System.Globalization;
using System.Text.Json;
using Discourse.Core.Scores;
using Discourse.Corpus.Records;

namespace Discourse.Corpus.Reading;

/// <summary>Parses one JSONL line of the corpus, reporting every schema violation with its location.</summary>
public static class CorpusLineParser
{
    public static LabelledReply? ParseReply(string line, CorpusLocation location, List<CorpusProblem> problems)
    {
        using var doc = Parse(line, location, problems);
        if (doc is null)
        {
            return null;
        }

        var fields = new FieldReader(doc.RootElement, location, problems);
        var id = fields.RequiredString("id");
        var text = fields.RequiredString("text");
        var parent = fields.RequiredString("parent", allowEmpty: true);
        var stanceText = fields.RequiredString("stance");
        var toneText = fields.RequiredString("tone");
        var heat = fields.RequiredNumber("heat");
        var split = fields.Split();
        var threadId = fields.OptionalString("threadId");
        var ok = id is not null && text is not null && parent is not null && heat is not null && split is not null;
        if (stanceText is not null && !LabelNames.TryParseStance(stanceText, out _))
        {
            problems.Add(new(location, $"unknown stance '{stanceText}', expected agree, neutral or disagree"));
            ok = false;
        }

        if (toneText is not null && !LabelNames.TryParseTone(toneText, out _))
        {
            problems.Add(new(location, $"unknown tone '{toneText}', expected civil, snarky or hostile"));
            ok = false;
        }

        if (heat is < 0 or > 1)
        {
            problems.Add(new(location, $"heat {heat} is outside [0, 1]"));
            ok = false;
        }

        string? author = null;
        DateTimeOffset? created = null;
        if (threadId is not null)
        {
            author = fields.RequiredString("author");
            created = fields.Timestamp("created");
            ok &= author is not null && created is not null && fields.HasParentId();
        }

        if (!ok || !LabelNames.TryParseStance(stanceText, out var stance) || !LabelNames.TryParseTone(toneText, out var tone))
        {
            return null;
        }

        return new LabelledReply(id!, parent!, text!, stance, tone, heat!.Value, split!.Value)
        {
            Group = fields.OptionalString("group") ?? threadId ?? "",
            Topic = fields.OptionalString("topic") ?? "",
            Register = fields.OptionalString("register") ?? "",
            Hard = fields.OptionalString("hard") ?? "none",
            ThreadId = threadId,
            ParentId = fields.OptionalString("parentId"),
            Author = author,
            Created = created,
            Location = location,
        };
    }

    public static ThreadMeta? ParseMeta(string line, CorpusLocation location, List<CorpusProblem> problems)
    {
        using var doc = Parse(line, location, problems);
        if (doc is null)
        {
            return null;
        }

        var fields = new FieldReader(doc.RootElement, location, problems);
        var threadId = fields.RequiredString("threadId");
        var title = fields.RequiredString("title");
        var article = fields.RequiredString("article", allowEmpty: true);
        var shape = fields.RequiredString("shape");
        var split = fields.Split();
        if (shape is not null && shape is not ("escalates" or "de-escalates" or "camps" or "calm"))
        {
            problems.Add(new(location, $"unknown shape '{shape}', expected escalates, de-escalates, camps or calm"));
            return null;
        }

        return threadId is null || title is null || article is null || shape is null || split is null
            ? null
            : new ThreadMeta(threadId, title, article, shape, split.Value, fields.OptionalString("topic") ?? "") { Location = location };
    }

    private static JsonDocument? Parse(string line, CorpusLocation location, List<CorpusProblem> problems)
    {
        try
        {
            var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                return doc;
            }

            doc.Dispose();
            problems.Add(new(location, "expected a JSON object"));
        }
        catch (JsonException e)
        {
            problems.Add(new(location, $"invalid JSON: {e.Message}"));
        }

        return null;
    }

    private sealed class FieldReader(JsonElement root, CorpusLocation location, List<CorpusProblem> problems)
    {
        public string? RequiredString(string name, bool allowEmpty = false)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
            {
                problems.Add(new(location, $"missing string field '{name}'"));
                return null;
            }

            var text = value.GetString()!;
            if (!allowEmpty && string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(location, $"field '{name}' is empty"));
                return null;
            }

            return text;
        }

        public string? OptionalString(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public double? RequiredNumber(string name)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number)
            {
                return value.GetDouble();
            }

            problems.Add(new(location, $"missing number field '{name}'"));
            return null;
        }

        public CorpusSplit? Split()
        {
            var text = RequiredString("split");
            switch (text)
            {
                case null:
                    return null;
                case "train":
                    return CorpusSplit.Train;
                case "dev":
                    return CorpusSplit.Dev;
                default:
                    problems.Add(new(location, $"unknown split '{text}', expected train or dev"));
                    return null;
            }
        }

        public bool HasParentId()
        {
            if (root.TryGetProperty("parentId", out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Null)
            {
                return true;
            }

            problems.Add(new(location, "thread comment needs 'parentId' (a string, or null for a top-level comment)"));
            return false;
        }

        public DateTimeOffset? Timestamp(string name)
        {
            var text = RequiredString(name);
            if (text is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            {
                return value.ToUniversalTime();
            }

            problems.Add(new(location, $"'{name}' is not an ISO 8601 timestamp: '{text}'"));
            return null;
        }
    }
}
