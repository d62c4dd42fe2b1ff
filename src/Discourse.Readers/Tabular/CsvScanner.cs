using System.Text;
using Discourse.Core;

namespace Discourse.Readers.Tabular;

/// <summary>
/// Streams RFC 4180 CSV records from UTF-8 bytes: quoted fields may hold commas, doubled quotes and line breaks;
/// CRLF or LF ends a record. A quote left open at the end of the file is an error naming the line it opened on.
/// </summary>
public static class CsvScanner
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<CsvRecord> Records(Stream input, string sourceName, int bufferSize = 1 << 16)
    {
        var buffer = new byte[bufferSize];
        var field = new MemoryStream();
        var fields = new List<string>();
        long offset = 0;
        long recordStart = 0;
        long line = 1;
        long recordLine = 1;
        var inQuotes = false;
        var quoteClosed = false;
        var afterCr = false;
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++, offset++)
            {
                var b = buffer[i];
                if (afterCr)
                {
                    afterCr = false;
                    if (b == '\n')
                    {
                        recordStart = offset + 1;
                        continue;
                    }
                }

                if (inQuotes)
                {
                    if (b == '"')
                    {
                        inQuotes = false;
                        quoteClosed = true;
                    }
                    else
                    {
                        line += b == '\n' ? 1 : 0;
                        field.WriteByte(b);
                    }

                    continue;
                }

                switch (b)
                {
                    case (byte)'"' when quoteClosed:
                        // A doubled quote inside a quoted field.
                        field.WriteByte(b);
                        inQuotes = true;
                        quoteClosed = false;
                        break;
                    case (byte)'"' when field.Length == 0:
                        inQuotes = true;
                        break;
                    case (byte)',':
                        fields.Add(Take(field, sourceName, line));
                        quoteClosed = false;
                        break;
                    case (byte)'\n' or (byte)'\r':
                        fields.Add(Take(field, sourceName, line));
                        quoteClosed = false;
                        var record = new CsvRecord(fields.ToArray(), recordStart, (int)(offset - recordStart), recordLine);
                        fields.Clear();
                        line++;
                        recordLine = line;
                        recordStart = offset + 1;
                        afterCr = b == '\r';
                        if (record.Fields.Count > 1 || record.Fields[0].Length > 0)
                        {
                            yield return record;
                        }

                        break;
                    default:
                        quoteClosed = false;
                        field.WriteByte(b);
                        break;
                }
            }
        }

        if (inQuotes)
        {
            throw new InputException("a quoted CSV field is never closed", sourceName, recordLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(Take(field, sourceName, line));
            yield return new CsvRecord(fields.ToArray(), recordStart, (int)(offset - recordStart), recordLine);
        }
    }

    private static string Take(MemoryStream field, string sourceName, long line)
    {
        try
        {
            return StrictUtf8.GetString(field.GetBuffer(), 0, (int)field.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("invalid UTF-8", sourceName, line);
        }
        finally
        {
            field.SetLength(0);
        }
    }
}
