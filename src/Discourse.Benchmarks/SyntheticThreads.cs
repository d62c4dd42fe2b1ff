using System.Text;
using System.Text.Json;

namespace Discourse.Benchmarks;

/// <summary>
/// Writes large synthetic thread files in each format, with realistic comment lengths and threads interleaved in
/// time as archive dumps are, so readers are measured on bytes like the ones users bring.
/// </summary>
public static class SyntheticThreads
{
    private static readonly string[] Words =
        ("the city council voted again on the budget and nobody read the report before they argued about it " +
         "source please that is not what the article says I think you are wrong but fair point about housing " +
         "costs and the “afterparty” in Libya — which was predictable… honestly lol").Split(' ');

    public static string Text(Random random)
    {
        var words = random.Next(5, 90);
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : i % 40 == 39 ? "\n\n" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Comments of <paramref name="threads"/> threads, interleaved, until the file reaches the size.</summary>
    public static IEnumerable<(string Thread, string Id, string? Parent, string Author, long Created, string Text)> Comments(long bytes, int threads, int seed)
    {
        var random = new Random(seed);
        var perThread = new List<string>[threads];
        long written = 0;
        var n = 0;
        while (written < bytes)
        {
            var t = random.Next(threads);
            var ids = perThread[t] ??= [];
            var parent = ids.Count == 0 || random.Next(4) == 0 ? null : ids[random.Next(ids.Count)];
            var id = $"c{n++}";
            ids.Add(id);
            var text = Text(random);
            written += text.Length + 120;
            yield return ($"p{t}", id, parent, $"user{random.Next(500)}", 1_500_000_000 + n, text);
        }
    }

    public static void RedditDump(string path, long bytes)
    {
        using var output = File.CreateText(path);
        foreach (var c in Comments(bytes, 2000, 1))
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = c.Id,
                link_id = "t3_" + c.Thread,
                parent_id = c.Parent is null ? "t3_" + c.Thread : "t1_" + c.Parent,
                author = c.Author,
                body = c.Text,
                created_utc = c.Created,
                subreddit = "benchmarks",
                score = 1,
            }));
        }
    }

    public static void GenericJsonl(string path, long bytes)
    {
        using var output = File.CreateText(path);
        foreach (var c in Comments(bytes, 2000, 2))
        {
            output.WriteLine(JsonSerializer.Serialize(new { thread_id = c.Thread, id = c.Id, parent_id = c.Parent, author = c.Author, created = c.Created, text = c.Text }));
        }
    }

    public static void Csv(string path, long bytes)
    {
        using var output = File.CreateText(path);
        output.WriteLine("thread_id,id,parent_id,author,created,text");
        foreach (var c in Comments(bytes, 2000, 3))
        {
            output.WriteLine($"{c.Thread},{c.Id},{c.Parent},{c.Author},{c.Created},\"{c.Text.Replace("\"", "\"\"")}\"");
        }
    }

    public static void DisqusXml(string path, long bytes)
    {
        using var output = File.CreateText(path);
        output.WriteLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        output.WriteLine("<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">");
        for (var t = 0; t < 2000; t++)
        {
            output.WriteLine($"<thread dsq:id=\"p{t}\"><title>Page {t}</title><link>http://example.org/{t}</link></thread>");
        }

        foreach (var c in Comments(bytes, 2000, 4))
        {
            var parent = c.Parent is null ? "" : $"<parent dsq:id=\"{c.Parent}\"/>";
            var html = string.Concat(c.Text.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
            output.WriteLine($"<post dsq:id=\"{c.Id}\"><message><![CDATA[{html}]]></message><createdAt>{DateTimeOffset.FromUnixTimeSeconds(c.Created):yyyy-MM-dd'T'HH:mm:ss'Z'}</createdAt>" +
                $"<isDeleted>false</isDeleted><isSpam>false</isSpam><author><name>{c.Author}</name></author><thread dsq:id=\"{c.Thread}\"/>{parent}</post>");
        }

        output.WriteLine("</disqus>");
    }
}
