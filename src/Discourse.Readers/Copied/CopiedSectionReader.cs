using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Text;

namespace Discourse.Readers.Copied;

/// <summary>
/// Reads a news site's comment section copied from the browser as text: the article, then "•" bullets with the author
/// on the bullet line and indented paragraphs beneath, nesting by indentation. Where the site capped the
/// indentation, <see cref="CappedDepthResolver"/> rebuilds the real links from evidence. A page without a comment
/// section reads as an article with no comments. This is the last-resort reader for plain text.
/// </summary>
public sealed class CopiedSectionReader : IThreadReader
{
    public string FormatName => "copied";

    public bool Recognises(ReadOnlySpan<byte> head)
    {
        var text = HeadSniff.Text(head);
        return HeadSniff.FirstSignificant(text) is not ('\0' or '{' or '[' or '<');
    }

    public IEnumerable<DiscussionThread> Read(Stream input, string sourceName)
    {
        string text;
        try
        {
            text = new StreamReader(input, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)).ReadToEnd();
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new InputException("invalid UTF-8", sourceName);
        }

        var lines = CopiedLexer.Lex(text);
        var section = CopiedSectionParser.Parse(lines);
        if (section.Title.Length == 0 && section.Comments.Count == 0)
        {
            throw new InputException("no article title or comments found in this text", sourceName);
        }

        static string IdOf(int index) => $"c{index + 1}";
        var links = CappedDepthResolver.Resolve(section.Comments, IdOf);
        var builder = new ThreadBuilder(new ThreadInfo(sourceName, section.Title, section.Article));
        foreach (var c in section.Comments)
        {
            builder.Add(new CommentDraft(IdOf(c.Index), c.Author, c.Text, links[c.Index])
            {
                DisplayDepth = c.Level,
                Span = new SourceSpan(c.Line, 1),
            });
        }

        yield return builder.Build();
    }
}
