using System.Text.Json;

namespace Discourse.Corpus.Tests;

/// <summary>A throw-away corpus folder for a test, written from objects.</summary>
public sealed class CorpusFolder : IDisposable
{
    public CorpusFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "discourse-corpus-" + Guid.NewGuid().ToString("N"));

    public static Dictionary<string, object?> Pair(string id, string text, string stance = "disagree", string tone = "civil",
        double heat = 0.2, string split = "train", string? group = null, string parent = "The parent says something.") => new()
        {
            ["id"] = id,
            ["parent"] = parent,
            ["text"] = text,
            ["stance"] = stance,
            ["tone"] = tone,
            ["heat"] = heat,
            ["split"] = split,
            ["group"] = group ?? "g-" + id,
            ["topic"] = "local",
            ["register"] = "news",
            ["hard"] = "none",
        };

    public CorpusFolder Write(string relativePath, IEnumerable<object> lines)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines.Select(l => l as string ?? JsonSerializer.Serialize(l)));
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
