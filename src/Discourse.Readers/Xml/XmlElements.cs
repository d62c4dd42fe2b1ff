using System.Xml;
using System.Xml.Linq;
using Discourse.Core;

namespace Discourse.Readers.Xml;

/// <summary>
/// Streams the elements of an XML export one record at a time: each wanted element is loaded as a small
/// <see cref="XElement"/> with its line, so a large export never becomes one document in memory.
/// </summary>
public static class XmlElements
{
    public static XmlReader Open(Stream input) => XmlReader.Create(input, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    });

    /// <summary>Yields every element whose local name is wanted, at any depth, with the line it starts on.</summary>
    public static IEnumerable<(XElement Element, int Line)> Stream(Stream input, string sourceName, ISet<string> wanted)
    {
        using var reader = Open(input);

        // After XNode.ReadFrom the reader already stands on the next node: it must be looked at before reading on.
        var positioned = false;
        while (true)
        {
            XElement? element = null;
            var line = 0;
            try
            {
                if ((!positioned && !reader.Read()) || reader.EOF)
                {
                    yield break;
                }

                positioned = false;
                if (reader.NodeType == XmlNodeType.Element && wanted.Contains(reader.LocalName))
                {
                    line = ((IXmlLineInfo)reader).LineNumber;
                    element = (XElement)XNode.ReadFrom(reader);
                    positioned = true;
                }
            }
            catch (XmlException e)
            {
                throw new InputException($"malformed XML: {e.Message}", sourceName, e.LineNumber, e.LinePosition);
            }

            if (element is not null)
            {
                yield return (element, line);
            }
        }
    }

    /// <summary>The trimmed value of the first child element with this local name, or null.</summary>
    public static string? Child(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    public static XElement? ChildElement(this XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>An attribute by local name, whatever its namespace (dsq:id, id).</summary>
    public static string? AttributeByLocalName(this XElement? element, string localName) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;
}
