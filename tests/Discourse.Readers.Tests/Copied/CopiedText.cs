using Discourse.Core.Threads;
using Discourse.Readers.Copied;
using Discourse.Readers.Tests.Generated;

namespace Discourse.Readers.Tests.Copied;

/// <summary>Builds copied comment sections from (level, author, text) rows, drawn exactly as given.</summary>
public static class CopiedText
{
    public static string Section(params (int Level, string Author, string Text)[] comments)
    {
        var text = new System.Text.StringBuilder("A headline\n\nThe article's first paragraph.\n\nshow comments\n");
        foreach (var (level, author, body) in comments)
        {
            var bullet = new string(' ', 2 * (level + 1));
            text.Append($"{bullet}• {author}\n\n{bullet}  {body}\n\n");
        }

        return text.Append("© Some Site 2016 About Us\n").ToString();
    }

    public static DiscussionThread Read(string text) =>
        new CopiedSectionReader().Read(FormatRenderers.Utf8(text), "copied.txt").Single();

    public static string Parents(DiscussionThread thread) =>
        string.Join(" ", thread.Comments.Select(c => $"{c.Id}<{c.ParentId ?? "-"}"));
}
