using System.Text;

namespace Discourse.Readers.Text;

/// <summary>Small helpers for recognising a format from the first bytes of a file.</summary>
public static class HeadSniff
{
    public static string Text(ReadOnlySpan<byte> head) => Encoding.UTF8.GetString(head);

    /// <summary>The first character that is not white space or a byte-order mark, or '\0'.</summary>
    public static char FirstSignificant(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && ch != '\uFEFF')
            {
                return ch;
            }
        }

        return '\0';
    }

    public static bool IsXml(string text) => FirstSignificant(text) == '<';
}
