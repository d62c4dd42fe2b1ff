using System.Net;
using System.Text;

namespace Discourse.Report;

/// <summary>Small helpers for writing escaped HTML.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Comment text as paragraphs: blank lines separate paragraphs, single newlines are line breaks.</summary>
    public static string Paragraphs(string text)
    {
        var html = new StringBuilder();
        foreach (var paragraph in text.Split("\n\n"))
        {
            html.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(E))).Append("</p>");
        }

        return html.ToString();
    }

    /// <summary>Markdown lines of the model card: headings, pipe tables and plain lines.</summary>
    public static string Markdown(IReadOnlyList<string> lines)
    {
        var html = new StringBuilder();
        var inTable = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToList();
                if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
                {
                    continue;
                }

                html.Append(inTable ? "" : "<table>").Append("<tr>");
                foreach (var cell in cells)
                {
                    html.Append(inTable ? "<td>" : "<th>").Append(E(cell)).Append(inTable ? "</td>" : "</th>");
                }

                html.Append("</tr>");
                inTable = true;
                continue;
            }

            if (inTable)
            {
                html.Append("</table>");
                inTable = false;
            }

            if (line.StartsWith('#'))
            {
                html.Append("<h3>").Append(E(line.TrimStart('#').Trim())).Append("</h3>");
            }
            else if (line.Length > 0)
            {
                html.Append("<p>").Append(E(line)).Append("</p>");
            }
        }

        return html.Append(inTable ? "</table>" : "").ToString();
    }
}
