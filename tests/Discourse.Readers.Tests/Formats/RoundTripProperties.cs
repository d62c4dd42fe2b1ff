using Discourse.Core.Threads;
using Discourse.Readers.Disqus;
using Discourse.Readers.HackerNews;
using Discourse.Readers.Interchange;
using Discourse.Readers.Reddit;
using Discourse.Readers.Tabular;
using Discourse.Readers.Tests.Generated;
using Discourse.Readers.WordPress;
using FsCheck;
using FsCheck.Xunit;

namespace Discourse.Readers.Tests.Formats;

/// <summary>Generated trees written in each format read back to the same tree: ids, parents, authors, texts, times.</summary>
[Properties(Arbitrary = [typeof(GeneratedTree)], MaxTest = 60)]
public class RoundTripProperties
{
    private static DiscussionThread ReadOne(IThreadReader reader, string text) =>
        reader.Read(FormatRenderers.Utf8(text), "generated").Single();

    private static string Numeric(string id) => id[1..];

    [Property]
    public bool Disqus_xml(GeneratedTree tree) =>
        tree.Comments.Count == 0 || TreeAssert.SameTree(tree, ReadOne(new DisqusXmlReader(), FormatRenderers.DisqusXml(tree)));

    [Property]
    public bool WordPress_wxr(GeneratedTree tree) =>
        TreeAssert.SameTree(tree, ReadOne(new WxrReader(), FormatRenderers.Wxr(tree)));

    [Property]
    public bool Reddit_json(GeneratedTree tree) =>
        TreeAssert.SameTree(tree, ReadOne(new RedditJsonReader(), FormatRenderers.RedditJson(tree)));

    [Property]
    public bool Hacker_news_algolia(GeneratedTree tree) =>
        TreeAssert.SameTree(tree, ReadOne(new AlgoliaItemReader(), FormatRenderers.Algolia(tree)), Numeric);

    [Property]
    public bool Hacker_news_firebase(GeneratedTree tree) =>
        TreeAssert.SameTree(tree, ReadOne(new FirebaseItemReader(), FormatRenderers.FirebaseLines(tree)), Numeric);

    [Property]
    public bool Interchange_jsonl_and_csv(GeneratedTree tree)
    {
        var original = ReadOne(new RedditJsonReader(), FormatRenderers.RedditJson(tree));
        return new[] { InterchangeFormat.Jsonl, InterchangeFormat.Csv }.All(format =>
        {
            using var buffer = new MemoryStream();
            InterchangeWriter.Write(buffer, [original], format);
            buffer.Position = 0;
            IThreadReader reader = format == InterchangeFormat.Csv ? new CsvThreadReader() : new JsonlThreadReader();
            var threads = reader.Read(buffer, "converted").ToList();
            return tree.Comments.Count == 0 ? threads.Count == 0 || threads[0].Comments.Count == 0
                : threads.Count == 1 && TreeAssert.SameTree(tree, threads[0]);
        });
    }
}
