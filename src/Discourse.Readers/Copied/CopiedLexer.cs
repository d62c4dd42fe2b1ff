using System.Text.RegularExpressions;

namespace Discourse.Readers.Copied;

/// <summary>Classifies the lines of a comment section copied from a web page.</summary>
public static partial class CopiedLexer
{
    public const int TabWidth = 4;

    private static readonly char[] Bullets = ['•', '◦', '▪', '‣'];

    private static readonly HashSet<string> ChromeLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "show comments", "hide comments", "comments", "reply", "share", "share ›", "reply•share ›", "•reply•share ›",
        "load more comments", "show more replies", "see more", "avatar", "login", "sort by best", "sort by newest",
        "sort by oldest", "newest", "oldest", "best", "recommend", "tweet", "share on facebook", "share on twitter",
    };

    public static IReadOnlyList<CopiedLine> Lex(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new List<CopiedLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var indent = Indentation(line, out var content);
            result.Add(new CopiedLine(i + 1, indent, content, Classify(content)));
        }

        return result;
    }

    public static bool IsBullet(string content) => content.Length > 1 && Bullets.Contains(content[0]) && content[1] is ' ' or '\t';

    private static CopiedLineKind Classify(string content)
    {
        if (content.Length == 0)
        {
            return CopiedLineKind.Blank;
        }

        if (IsBullet(content))
        {
            return CopiedLineKind.Bullet;
        }

        if (content.StartsWith('©') || content.StartsWith("Copyright ©", StringComparison.Ordinal))
        {
            return CopiedLineKind.Footer;
        }

        return IsChrome(content) ? CopiedLineKind.Chrome : CopiedLineKind.Text;
    }

    /// <summary>
    /// Page furniture: known control labels, icon captions, and name lists (several lower-case words with no
    /// punctuation at all, as a site's author index copies).
    /// </summary>
    public static bool IsChrome(string content) =>
        IsControlLabel(content)
        || content.EndsWith(" Icon", StringComparison.Ordinal)
        || NameList().IsMatch(content);

    /// <summary>A site's control label ("Reply", "Share ›"), which can stand even between a comment's lines.</summary>
    public static bool IsControlLabel(string content) => ChromeLines.Contains(content.Trim());

    private static int Indentation(string line, out string content)
    {
        var columns = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t' or '\u00A0'; i++)
        {
            columns += line[i] == '\t' ? TabWidth - (columns % TabWidth) : 1;
        }

        content = line[i..];
        return columns;
    }

    [GeneratedRegex(@"^[a-z]+( [a-z]+){3,}$")]
    private static partial Regex NameList();
}
