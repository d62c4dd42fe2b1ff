using System.Text.Encodings.Web;
using System.Text.Json;
using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Cli.Output;

/// <summary>
/// The JSON form of a thread that scripts rely on: one object per thread with a <c>comments</c> array in document
/// order. One thread is written as one indented object; several as one compact object per line.
/// </summary>
public static class ThreadJsonWriter
{
    public static void Write(TextWriter output, IReadOnlyList<DiscussionThread> threads, IReadOnlyList<ScoredThread>? scores)
    {
        var options = new JsonWriterOptions
        {
            Indented = threads.Count == 1,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        for (var i = 0; i < threads.Count; i++)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                WriteThread(json, threads[i], scores?[i]);
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    public static void WriteThread(Utf8JsonWriter json, DiscussionThread thread, ScoredThread? scored)
    {
        json.WriteStartObject();
        json.WriteString("source", thread.Source);
        json.WriteString("threadId", thread.Id);
        json.WriteString("title", thread.Title);
        json.WriteString("article", thread.Article);
        WriteCounts(json, thread);
        json.WriteStartArray("comments");
        foreach (var comment in thread.Comments)
        {
            WriteComment(json, comment, scored?.ScoreOf(comment));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, DiscussionThread thread)
    {
        var counts = ThreadCounts.Of(thread);
        json.WriteStartObject("counts");
        json.WriteNumber("comments", counts.Total);
        json.WriteNumber("visible", counts.Visible);
        json.WriteNumber("deleted", counts.Deleted);
        json.WriteNumber("removed", counts.Removed);
        json.WriteNumber("spam", counts.Spam);
        json.WriteNumber("notLoaded", counts.NotLoaded);
        json.WriteNumber("orphans", counts.Orphans);
        json.WriteNumber("inferredLinks", counts.InferredLinks);
        json.WriteEndObject();
    }

    private static void WriteComment(Utf8JsonWriter json, Comment comment, CommentScore? score)
    {
        json.WriteStartObject();
        json.WriteString("id", comment.Id);
        json.WriteString("parentId", comment.ParentId);
        json.WriteString("author", comment.Author);
        json.WriteString("text", comment.Text);
        json.WriteNumber("depth", comment.Depth);
        json.WriteNumber("displayDepth", comment.DisplayDepth);
        json.WriteNumber("order", comment.Order);
        json.WriteBoolean("parentInferred", comment.Link.IsInferred);
        json.WriteNumber("linkConfidence", Math.Round(comment.Link.Confidence, 3));
        json.WriteStartArray("linkEvidence");
        foreach (var evidence in comment.Link.Evidence)
        {
            json.WriteStringValue(evidence);
        }

        json.WriteEndArray();
        if (comment.Created is { } created)
        {
            json.WriteString("created", created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("created");
        }

        json.WriteString("status", comment.Status.ToString().ToLowerInvariant());
        if (comment.NotLoadedCount is { } notLoaded)
        {
            json.WriteNumber("notLoadedCount", notLoaded);
        }

        json.WriteStartArray("flags");
        foreach (var flag in Enum.GetValues<CommentFlags>().Where(f => f != CommentFlags.None && comment.Flags.HasFlag(f)))
        {
            json.WriteStringValue(flag.ToString().ToLowerInvariant());
        }

        json.WriteEndArray();
        if (comment.Quotes.Count > 0)
        {
            json.WriteStartArray("quotes");
            foreach (var quote in comment.Quotes)
            {
                json.WriteStringValue(quote);
            }

            json.WriteEndArray();
        }

        if (score is not null)
        {
            json.WriteString("stance", score.Stance.Name());
            json.WriteNumber("stanceScore", Math.Round(score.StanceScore, 4));
            json.WriteString("tone", score.Tone.Name());
            json.WriteNumber("heat", Math.Round(score.Heat, 4));
        }

        json.WriteEndObject();
    }
}
