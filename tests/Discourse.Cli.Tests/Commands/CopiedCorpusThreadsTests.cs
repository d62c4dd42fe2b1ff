using Discourse.Core.Threads;
using Discourse.Corpus.Reading;
using Discourse.Readers;

namespace Discourse.Cli.Tests.Commands;

/// <summary>
/// Our labelled threads drawn as copied comment sections (seeds/corpus/copied) read back against their true trees:
/// exactly when drawn in full, and better than the drawing when the indentation was capped.
/// </summary>
public class CopiedCorpusThreadsTests
{
    private static readonly string CopiedFolder = Path.Combine(RepoFiles.Root, "seeds", "corpus", "copied");

    private static readonly IReadOnlyDictionary<string, DiscussionThread> Gold =
        LabelledThreads.Build(CorpusReader.ReadStrict(Path.Combine(RepoFiles.Root, "seeds", "corpus")))
            .ToDictionary(t => t.Thread.Id!, t => t.Thread);

    private static (int[] Read, int[] True, int Cap) Parents(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var cap = name.Contains(".cap") ? int.Parse(name[(name.IndexOf(".cap", StringComparison.Ordinal) + 4)..]) : int.MaxValue;
        var gold = Gold[name.Split(".cap")[0]];
        var read = ThreadFileLoader.Default.Read(file).Single();
        Assert.Equal(gold.Comments.Select(c => c.Text), read.Comments.Select(c => c.Text));
        static int[] Positions(DiscussionThread t) => t.Comments.Select(c => c.ParentId is { } p ? t.Find(p)!.Order : -1).ToArray();
        return (Positions(read), Positions(gold), cap);
    }

    [Fact]
    public void There_are_at_least_ten_copied_threads_some_capped()
    {
        var files = Directory.GetFiles(CopiedFolder, "*.txt");

        Assert.True(files.Length >= 10);
        Assert.Contains(files, f => f.Contains(".cap"));
    }

    [Fact]
    public void Threads_drawn_in_full_read_back_exactly()
    {
        foreach (var file in Directory.GetFiles(CopiedFolder, "*.txt").Where(f => !f.Contains(".cap")))
        {
            var (read, truth, _) = Parents(file);
            Assert.Equal(truth, read);
        }
    }

    [Fact]
    public void Capped_threads_recover_more_links_than_the_drawing_shows()
    {
        int right = 0, drawnRight = 0, total = 0;
        foreach (var file in Directory.GetFiles(CopiedFolder, "*.cap*.txt"))
        {
            var (read, truth, cap) = Parents(file);
            var depth = new int[truth.Length];
            for (var i = 0; i < truth.Length; i++)
            {
                depth[i] = truth[i] < 0 ? 0 : depth[truth[i]] + 1;
                right += read[i] == truth[i] ? 1 : 0;
                drawnRight += depth[i] <= cap ? 1 : 0;
                total++;
            }
        }

        Assert.True(right > drawnRight + total / 20, $"{right} of {total} links right; the drawing alone gives {drawnRight}");
    }
}
