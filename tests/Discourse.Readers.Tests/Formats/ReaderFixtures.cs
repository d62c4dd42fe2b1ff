using Discourse.Core.Threads;
using Discourse.Readers.Tests.Generated;

namespace Discourse.Readers.Tests.Formats;

/// <summary>Reads a handwritten fixture with one reader.</summary>
public static class ReaderFixtures
{
    public static List<DiscussionThread> Read(IThreadReader reader, string text) =>
        reader.Read(FormatRenderers.Utf8(text), "fixture").ToList();

    public static DiscussionThread ReadOne(IThreadReader reader, string text) => Assert.Single(Read(reader, text));
}
