using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Discourse.Readers.Html;

/// <summary>
/// Turns an HTML comment body into text: entities decoded, paragraphs and line breaks kept, links kept as their text,
/// and block quotes kept as "&gt; " lines and listed as quotations of someone else's words.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "hr", "blockquote",
    };

    public static HtmlContent Convert(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return new HtmlContent("", []);
        }

        if (html.IndexOfAny(['<', '&']) < 0)
        {
            return new HtmlContent(html.Trim(), []);
        }

        var document = Parser.ParseDocument("<!DOCTYPE html><body>" + html);
        var writer = new ParagraphWriter();
        var quotes = new List<string>();
        Walk(document.Body!, writer, quotes, quoteDepth: 0);
        return new HtmlContent(writer.ToString(), quotes);
    }

    private static void Walk(INode node, ParagraphWriter writer, List<string> quotes, int quoteDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    writer.LineBreak();
                    break;
                case IElement { LocalName: "script" or "style" }:
                    break;
                case IElement { LocalName: "blockquote" } quote:
                    writer.Paragraph();
                    var inner = new ParagraphWriter();
                    Walk(quote, inner, quotes, quoteDepth + 1);
                    var quoted = inner.ToString();
                    if (quoted.Length > 0)
                    {
                        if (quoteDepth == 0)
                        {
                            quotes.Add(quoted);
                        }

                        writer.AppendRaw(string.Join('\n', quoted.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l)));
                    }

                    writer.Paragraph();
                    break;
                case IElement { LocalName: "a" } link:
                    var label = link.TextContent;
                    writer.Append(string.IsNullOrWhiteSpace(label) ? link.GetAttribute("href") ?? "" : label);
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    writer.Paragraph();
                    Walk(element, writer, quotes, quoteDepth);
                    writer.Paragraph();
                    break;
                case IElement element:
                    Walk(element, writer, quotes, quoteDepth);
                    break;
            }
        }
    }

    /// <summary>Collects text with collapsed white space, single line breaks and blank-line paragraph breaks.</summary>
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder text = new();
        private bool pendingSpace;
        private int pendingBreaks;

        public void Append(string value)
        {
            foreach (var ch in value)
            {
                if (char.IsWhiteSpace(ch) && ch != '\u00A0')
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }

                Flush();
                text.Append(ch);
            }
        }

        public void AppendRaw(string value)
        {
            Flush();
            text.Append(value);
        }

        public void LineBreak() => pendingBreaks = Math.Max(pendingBreaks, text.Length > 0 ? 1 : 0);

        public void Paragraph() => pendingBreaks = text.Length > 0 ? 2 : 0;

        public override string ToString() => text.ToString();

        private void Flush()
        {
            if (pendingBreaks > 0)
            {
                text.Append('\n', pendingBreaks);
            }
            else if (pendingSpace)
            {
                text.Append(' ');
            }

            pendingBreaks = 0;
            pendingSpace = false;
        }
    }
}
