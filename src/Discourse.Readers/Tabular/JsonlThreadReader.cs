using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.Tabular;

/// <summary>
/// Reads generic JSONL, one comment per line (<c>id, parent_id, author, text[, created, thread_id, status]</c>,
/// names configurable by <see cref="ColumnMap"/>). A line with <c>"type":"thread"</c> gives its thread's title and
/// article, as <c>discourse convert --to jsonl</c> writes them. Lines are grouped by thread in two passes.
/// </summary>
public sealed class JsonlThreadReader(ColumnMap map) : IThreadReader
{
    public JsonlThreadReader()
        : this(ColumnMap.Default)
    {
    }

    public string FormatName => "jsonl";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        var firstLine = text.Split('\n', 2)[0];
        return HeadSniff.FirstSignificant(text) == '{'
            && (firstLine.Contains($"\"{map.ParentId}\"", StringComparison.Ordinal)
                || firstLine.Contains($"\"{map.ThreadId}\"", StringComparison.Ordinal));
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        using var seekable = RecordGroups.Seekable(input);
        var scan = JsonKeyScanner.Scan(seekable.Stream, sourceName, key => key, [map.ThreadId]);
        foreach (var (key, records) in RecordGroups.Group(seekable.Stream, scan))
        {
            var info = new ThreadInfo(sourceName, key, "") { Id = key.Length == 0 ? null : key };
            var drafts = new List<CommentDraft>();
            foreach (var (bytes, line) in records)
            {
                using var document = JsonErrors.ParseLine(bytes, sourceName, line);
                var item = document.RootElement;
                if (item.String("type") == "thread")
                {
                    info = info with { Title = item.String("title") ?? key, Article = item.String("article") ?? "", Url = item.String("url"), IsPost = item.Flag("post") };
                    continue;
                }

                var draft = TabularComments.Draft(name => item.String(name), map, sourceName, line);
                if (draft.Status == CommentStatus.NotLoaded && item.Number("not_loaded_count") is { } count)
                {
                    draft = draft with { NotLoadedCount = (int)count };
                }

                drafts.Add(draft);
            }

            yield return new ThreadBuilder(info).AddRange(drafts).Build();
        }
    }
}
