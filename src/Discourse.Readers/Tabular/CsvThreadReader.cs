using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Text;

namespace Discourse.Readers.Tabular;

/// <summary>
/// Reads a generic CSV thread file with a header row (<c>id, parent_id, author, text[, created, thread_id, status]</c>,
/// names configurable by <see cref="ColumnMap"/>); rows are grouped by thread in two passes.
/// </summary>
public sealed class CsvThreadReader(ColumnMap map) : IThreadReader
{
    public CsvThreadReader()
        : this(ColumnMap.Default)
    {
    }

    public string FormatName => "csv";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var header = HeadSniff.Text(head).Split('\n', 2)[0].TrimStart('\uFEFF').Trim();
        var names = header.Split(',').Select(n => n.Trim().Trim('"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return names.Contains(map.Id) && names.Contains(map.ParentId) && names.Contains(map.Text);
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        using var seekable = RecordGroups.Seekable(input);
        var records = CsvScanner.Records(seekable.Stream, sourceName).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new InputException("the CSV file has no header row", sourceName, 1);
        }

        var columns = Columns(records.Current, sourceName);
        var scan = Rest(records).Select(r => new RecordRef(Field(r.Fields, columns, map.ThreadId) ?? "", r.Offset, r.Length, r.Line));
        foreach (var (key, rows) in RecordGroups.Group(seekable.Stream, scan))
        {
            var builder = new ThreadBuilder(new ThreadInfo(sourceName, key, "") { Id = key.Length == 0 ? null : key });
            foreach (var (bytes, line) in rows)
            {
                using var one = new MemoryStream(bytes.ToArray(), writable: false);
                var row = CsvScanner.Records(one, sourceName, bufferSize: bytes.Length + 1).First();
                if (row.Fields.Count != columns.Count)
                {
                    throw new InputException($"expected {columns.Count} fields as in the header, found {row.Fields.Count}", sourceName, line);
                }

                builder.Add(TabularComments.Draft(name => Field(row.Fields, columns, name), map, sourceName, line));
            }

            yield return builder.Build();
        }
    }

    private Dictionary<string, int> Columns(CsvRecord header, string sourceName)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            columns.TryAdd(header.Fields[i].Trim().TrimStart('\uFEFF'), i);
        }

        foreach (var required in new[] { map.Id, map.ParentId, map.Text })
        {
            if (!columns.ContainsKey(required))
            {
                throw new InputException($"the header has no '{required}' column (see --columns)", sourceName, 1);
            }
        }

        return columns;
    }

    private static string? Field(IReadOnlyList<string> fields, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : null;

    private static IEnumerable<CsvRecord> Rest(IEnumerator<CsvRecord> records)
    {
        using (records)
        {
            while (records.MoveNext())
            {
                yield return records.Current;
            }
        }
    }
}
