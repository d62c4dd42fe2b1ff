using System.Text;
using Discourse.Core;

namespace Discourse.Scoring.Evaluation;

/// <summary>
/// Reads an RFC 4180 CSV file (quoted fields may hold commas, quotes and newlines) as records keyed by the header,
/// each with the line it starts on.
/// </summary>
public static class CsvFile
{
    public static IEnumerable<(long Line, IReadOnlyDictionary<string, string> Fields)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException("no such file", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var line = 1L;
        var header = ReadRecord(reader, path, ref line) ?? throw new InputException("empty CSV file, expected a header line", path, 1);
        for (var start = line; ReadRecord(reader, path, ref line) is { } record; start = line)
        {
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue;
            }

            if (record.Count != header.Count)
            {
                throw new InputException($"expected {header.Count} fields as in the header, found {record.Count}", path, start);
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                fields[header[i]] = record[i];
            }

            yield return (start, fields);
        }
    }

    private static List<string>? ReadRecord(TextReader reader, string path, ref long line)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var startLine = line;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new InputException("quoted field not closed before the end of the file", path, startLine);
                }

                break;
            }

            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append((char)c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                line++;
                break;
            }
            else if (c != '\r')
            {
                field.Append((char)c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
