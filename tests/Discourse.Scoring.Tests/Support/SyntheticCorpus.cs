using System.Text.Json;
using Discourse.Core.Scores;
using Discourse.Corpus.Records;

namespace Discourse.Scoring.Tests.Support;

/// <summary>
/// A small corpus made up for tests: each stance and tone has its own plain signal, so a working pipeline must
/// learn it and a broken one cannot.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Claims =
    [
        "The new bypass will cut commute times for everyone.", "Remote work emptied the downtown shops.",
        "The library levy deserves to pass this year.", "Nuclear power is too expensive to matter.",
        "The ferry schedule starts on Monday.", "Raising the fuel tax will hurt rural families most.",
        "The referee blew that call at the end.", "School should start an hour later for teenagers.",
    ];

    private static readonly Dictionary<Stance, string[]> StanceReplies = new()
    {
        [Stance.Agree] = ["Yes, exactly right, I agree with this.", "Agreed, well said, that is the point.", "Exactly, good point and so true."],
        [Stance.Disagree] = ["No, that is wrong and not true at all.", "I disagree, that is simply not the case.", "Nope, that claim is false and misleading."],
        [Stance.Neutral] = ["Which report is that from, out of interest?", "Does anyone know when the meeting is held?", "Where can I read the full schedule?"],
    };

    private static readonly Dictionary<Tone, (string Suffix, double Heat)> ToneSuffixes = new()
    {
        [Tone.Civil] = ("Thanks for sharing.", 0.1),
        [Tone.Snarky] = ("Wow, genius, lol, nice try.", 0.5),
        [Tone.Hostile] = ("You are an idiot and a liar, moron.", 0.85),
    };

    public static IReadOnlyList<LabelledReply> Items(int perCell = 4)
    {
        var items = new List<LabelledReply>();
        var n = 0;
        foreach (var stance in Enum.GetValues<Stance>())
        {
            foreach (var tone in Enum.GetValues<Tone>())
            {
                for (var k = 0; k < perCell; k++, n++)
                {
                    var claim = Claims[n % Claims.Length];
                    var reply = $"{StanceReplies[stance][k % 3]} {ToneSuffixes[tone].Suffix}";
                    items.Add(new LabelledReply($"t-{n:000}", claim, reply, stance, tone, ToneSuffixes[tone].Heat,
                        n % 5 == 0 ? CorpusSplit.Dev : CorpusSplit.Train)
                    { Group = $"g{n % 7}" });
                }
            }
        }

        return items;
    }

    /// <summary>Writes the items as a corpus folder (one pairs file) and returns its path.</summary>
    public static string WriteFolder(IReadOnlyList<LabelledReply> items)
    {
        var dir = Path.Combine(Path.GetTempPath(), "discourse-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "pairs"));
        var lines = items.Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = i.Id,
            ["parent"] = i.Parent,
            ["text"] = i.Text,
            ["stance"] = i.Stance.Name(),
            ["tone"] = i.Tone.Name(),
            ["heat"] = i.Heat,
            ["split"] = i.Split.ToString().ToLowerInvariant(),
            ["group"] = i.Group,
            ["topic"] = "local",
            ["register"] = "forum",
            ["hard"] = "none",
        }));
        File.WriteAllLines(Path.Combine(dir, "pairs", "synthetic.jsonl"), lines);
        return dir;
    }
}
