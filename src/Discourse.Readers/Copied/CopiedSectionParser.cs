namespace Discourse.Readers.Copied;

/// <summary>
/// Splits copied page text into the article (title and body, page furniture left out) and the bulleted comment
/// region, each comment with the indentation level it was drawn at and the parent that indentation implies.
/// </summary>
public static class CopiedSectionParser
{
    public static CopiedSection Parse(IReadOnlyList<CopiedLine> lines)
    {
        var firstBullet = FirstIndex(lines, l => l.Kind == CopiedLineKind.Bullet);
        var articleLines = lines.Take(firstBullet < 0 ? lines.Count : firstBullet)
            .TakeWhile(l => l.Kind != CopiedLineKind.Footer)
            .Where(l => l.Kind is CopiedLineKind.Text or CopiedLineKind.Blank)
            .ToList();
        var titleLine = articleLines.FirstOrDefault(l => l.Kind == CopiedLineKind.Text);
        var title = titleLine?.Text.TrimEnd(':').Trim() ?? "";
        var body = Paragraphs(articleLines.SkipWhile(l => l != titleLine).Skip(1), baseIndent: 0);
        var comments = firstBullet < 0 ? [] : Comments(lines, firstBullet);
        return new CopiedSection(title, body, comments);
    }

    private static List<IndentedComment> Comments(IReadOnlyList<CopiedLine> lines, int start)
    {
        var raw = new List<(CopiedLine Bullet, List<CopiedLine> Body)>();
        var baseIndent = lines[start].Indent;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == CopiedLineKind.Footer)
            {
                break;
            }

            if (line.Kind == CopiedLineKind.Bullet)
            {
                baseIndent = Math.Min(baseIndent, line.Indent);
                raw.Add((line, []));
            }
            else if (line.Kind != CopiedLineKind.Blank && line.Indent <= baseIndent && !CopiedLexer.IsChrome(line.Text))
            {
                break;
            }
            else if (raw.Count > 0 && (line.Kind == CopiedLineKind.Blank || line.Indent > raw[^1].Bullet.Indent))
            {
                raw[^1].Body.Add(line);
            }
        }

        var levels = raw.Select(r => r.Bullet.Indent).Distinct().Order().ToList();
        var comments = new List<IndentedComment>(raw.Count);
        foreach (var (bullet, body) in raw)
        {
            var level = levels.IndexOf(bullet.Indent);
            var parent = comments.FindLastIndex(c => c.Level < level);
            var author = bullet.Text[1..].Split(" • ", 2)[0].Trim();
            var kept = body.Where(l => !CopiedLexer.IsControlLabel(l.Text)).ToList();
            var indent = kept.Where(l => l.Kind != CopiedLineKind.Blank).Select(l => l.Indent).DefaultIfEmpty(0).Min();
            var text = Paragraphs(kept, indent);
            comments.Add(new IndentedComment(comments.Count, author, text, level, parent, bullet.Number));
        }

        return comments;
    }

    /// <summary>Lines joined by newlines, blank-line-separated groups by a blank line; only the common indentation is removed.</summary>
    private static string Paragraphs(IEnumerable<CopiedLine> lines, int baseIndent)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Kind == CopiedLineKind.Blank)
            {
                Flush();
                continue;
            }

            current.Add(new string(' ', Math.Max(0, line.Indent - baseIndent)) + line.Text);
        }

        Flush();
        return string.Join("\n\n", paragraphs);

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join('\n', current));
                current.Clear();
            }
        }
    }

    private static int FirstIndex(IReadOnlyList<CopiedLine> lines, Func<CopiedLine, bool> predicate)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (predicate(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
