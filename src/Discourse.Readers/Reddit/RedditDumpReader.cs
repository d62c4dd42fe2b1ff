using Discourse.Core.Threads;
using Discourse.Readers.Json;
using Discourse.Readers.Text;

namespace Discourse.Readers.Reddit;

/// <summary>
/// Reads the flat one-object-per-line JSONL of reddit archive dumps: comments carry <c>link_id</c> (their post) and
/// <c>parent_id</c>; posts in the same file (a <c>title</c> and no <c>parent_id</c>) give their thread's header.
/// Threads are grouped by <c>link_id</c> in two passes (see <see cref="RecordGroups"/>).
/// </summary>
public sealed class RedditDumpReader : IThreadReader
{
    public string FormatName => "reddit-jsonl";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        var firstLine = text.Split('\n', 2)[0];
        return HeadSniff.FirstSignificant(text) == '{' && firstLine.Contains("\"link_id\"", StringComparison.Ordinal)
            && firstLine.Contains("\"parent_id\"", StringComparison.Ordinal);
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        using var seekable = RecordGroups.Seekable(input);
        var scan = JsonKeyScanner.Scan(seekable.Stream, sourceName, ThreadKey, ["link_id", "name"]);
        foreach (var (key, records) in RecordGroups.Group(seekable.Stream, scan))
        {
            ThreadInfo? info = null;
            var drafts = new List<CommentDraft>();
            foreach (var (bytes, line) in records)
            {
                using var document = JsonErrors.ParseLine(bytes, sourceName, line);
                var data = document.RootElement;
                if (data.String("parent_id") is null && data.String("title") is not null)
                {
                    info = RedditComments.Post(data, sourceName);
                }
                else
                {
                    drafts.Add(RedditComments.Comment(data) with { Span = new SourceSpan((int)Math.Min(line, int.MaxValue), 1) });
                }
            }

            info ??= new ThreadInfo(sourceName, "", "") { Id = key };
            yield return new ThreadBuilder(info with { Id = info.Id ?? key }).AddRange(drafts).Build();
        }
    }

    /// <summary>A comment's link_id ("t3_abc") and a post's name ("t3_abc") both name the thread "abc".</summary>
    private static string ThreadKey(string value) => value.StartsWith("t3_", StringComparison.Ordinal) ? value[3..] : value;
}
