using Discourse.Core;
using Discourse.Readers.Disqus;
using Discourse.Readers.HackerNews;
using Discourse.Readers.Reddit;
using Discourse.Readers.Tabular;
using Discourse.Readers.Tests.Generated;
using Discourse.Readers.WordPress;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Discourse.Readers.Tests.Formats;

/// <summary>A file cut anywhere, or garbled, either reads or fails with the readers' own error, never anything else.</summary>
public class TruncationProperties
{
    private static readonly (IThreadReader Reader, Func<GeneratedTree, string> Render)[] Formats =
    [
        (new DisqusXmlReader(), FormatRenderers.DisqusXml),
        (new WxrReader(), FormatRenderers.Wxr),
        (new RedditJsonReader(), FormatRenderers.RedditJson),
        (new AlgoliaItemReader(), FormatRenderers.Algolia),
        (new FirebaseItemReader(), FormatRenderers.FirebaseLines),
        (new JsonlThreadReader(), t => string.Join('\n', t.Comments.Select(c => System.Text.Json.JsonSerializer.Serialize(new { id = c.Id, parent_id = c.ParentId, text = c.Text })))),
        (new CsvThreadReader(), t => "id,parent_id,text\n" + string.Join('\n', t.Comments.Select(c => $"{c.Id},{c.ParentId},\"{c.Text.Replace("\"", "\"\"")}\""))),
    ];

    private static bool ReadsOrFailsCleanly(IThreadReader reader, string text)
    {
        try
        {
            _ = reader.Read(FormatRenderers.Utf8(text), "cut").SelectMany(t => t.Comments).Count();
            return true;
        }
        catch (InputException)
        {
            return true;
        }
    }

    [Property(MaxTest = 40)]
    public Property Truncated_files_fail_only_with_input_errors() =>
        Prop.ForAll(
            GeneratedTree.Generator().SelectMany(tree => Gen.Choose(0, Formats.Length - 1), (tree, f) => (tree, f))
                .SelectMany(p => Gen.Choose(0, 100), (p, percent) => (p.tree, p.f, percent)).ToArbitrary(),
            c =>
            {
                var (reader, render) = Formats[c.f];
                var text = render(c.tree);
                return ReadsOrFailsCleanly(reader, text[..(text.Length * c.percent / 100)]);
            });

    [Property(MaxTest = 100)]
    public Property Arbitrary_text_fails_only_with_input_errors() =>
        Prop.ForAll(
            Gen.Elements("{", "}", "[", "]", "\"", ",", ":", "<", ">", "/", "a", "\n", "id", "disqus", "post", "kids", "=", " ", "\\")
                .ListOf().Select(parts => string.Concat(parts)).SelectMany(_ => Gen.Choose(0, Formats.Length - 1), (text, f) => (text, f))
                .ToArbitrary(),
            c => ReadsOrFailsCleanly(Formats[c.f].Reader, c.text));
}
