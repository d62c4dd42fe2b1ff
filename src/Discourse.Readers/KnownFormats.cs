using Discourse.Readers.Copied;
using Discourse.Readers.Disqus;
using Discourse.Readers.HackerNews;
using Discourse.Readers.Reddit;
using Discourse.Readers.Tabular;
using Discourse.Readers.WordPress;

namespace Discourse.Readers;

/// <summary>Every reader Discourse ships, most specific first (detection tries them in this order).</summary>
public static class KnownFormats
{
    public static IReadOnlyList<IThreadReader> All { get; } = With(ColumnMap.Default);

    /// <summary>The readers, with generic CSV and JSONL reading columns by the given names.</summary>
    public static IReadOnlyList<IThreadReader> With(ColumnMap columns) =>
    [
        new DisqusXmlReader(),
        new WxrReader(),
        new RedditJsonReader(),
        new RedditDumpReader(),
        new AlgoliaItemReader(),
        new FirebaseItemReader(),
        new JsonlThreadReader(columns),
        new CsvThreadReader(columns),
        new CopiedSectionReader(),
    ];
}
