using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discourse.Core.Threads;

namespace Discourse.Readers.Interchange;

/// <summary>
/// Writes threads in our interchange format: JSONL with a <c>"type":"thread"</c> header line per thread followed by
/// one line per comment, or CSV with the columns <c>thread_id,id,parent_id,author,created,status,text</c>.
/// Threads are written as they come, so a streamed input is converted in flat memory.
/// </summary>
public static class InterchangeWriter
{
    public static readonly string[] CsvColumns = ["thread_id", "id", "parent_id", "author", "created", "status", "text"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Write(Stream output, IEnumerable<DiscussionThread> threads, InterchangeFormat format)
    {
        var count = 0;
        if (format == InterchangeFormat.Csv)
        {
            WriteCsvLine(output, CsvColumns);
        }

        foreach (var thread in threads)
        {
            var threadId = thread.Id ?? $"thread-{count + 1}";
            count++;
            if (format == InterchangeFormat.Jsonl)
            {
                WriteJsonl(output, thread, threadId);
            }
            else
            {
                foreach (var c in thread.Comments)
                {
                    WriteCsvLine(output, [threadId, c.Id, c.ParentId ?? "", c.Author, Created(c), Status(c), c.Text]);
                }
            }
        }

        return count;
    }

    private static void WriteJsonl(Stream output, DiscussionThread thread, string threadId)
    {
        using (var json = new Utf8JsonWriter(output, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "thread");
            json.WriteString("thread_id", threadId);
            json.WriteString("title", thread.Title);
            json.WriteString("article", thread.Article);
            if (thread.Info.Url is { } url)
            {
                json.WriteString("url", url);
            }

            if (thread.Info.IsPost)
            {
                json.WriteBoolean("post", true);
            }

            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        foreach (var c in thread.Comments)
        {
            using (var json = new Utf8JsonWriter(output, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("thread_id", threadId);
                json.WriteString("id", c.Id);
                json.WriteString("parent_id", c.ParentId);
                json.WriteString("author", c.Author);
                json.WriteString("created", Created(c));
                json.WriteString("status", Status(c));
                if (c.NotLoadedCount is { } n)
                {
                    json.WriteNumber("not_loaded_count", n);
                }

                json.WriteString("text", c.Text);
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    private static string Created(Comment c) =>
        c.Created?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) ?? "";

    private static string Status(Comment c) => c.Status switch
    {
        CommentStatus.NotLoaded => "not_loaded",
        _ => c.Status.ToString().ToLowerInvariant(),
    };

    private static void WriteCsvLine(Stream output, IReadOnlyList<string> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.StartsWith(' ') || field.EndsWith(' '))
            {
                line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        line.Append('\n');
        var bytes = Encoding.UTF8.GetBytes(line.ToString());
        output.Write(bytes);
    }
}
