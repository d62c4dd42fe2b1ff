namespace Discourse.Report;

/// <summary>
/// The headline figures of the model card (its "Our dev split" and "Public dev sets" sections), read from
/// <c>models/MODEL_CARD.md</c> so the report shows how far to trust the scores.
/// </summary>
public sealed record ModelCardHeadline(IReadOnlyList<string> Lines)
{
    private static readonly string[] Sections = ["## Our dev split", "## Public dev sets"];

    public static ModelCardHeadline? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = new List<string>();
        var inSection = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = Sections.Any(s => line.StartsWith(s, StringComparison.Ordinal));
            }

            if (inSection)
            {
                lines.Add(line);
            }
        }

        return lines.Count == 0 ? null : new ModelCardHeadline(lines);
    }
}
