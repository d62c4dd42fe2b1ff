using Discourse.Core.Threads;

namespace Discourse.Readers;

/// <summary>
/// Reads one input format into threads. Implementations stream where the format allows and throw
/// <see cref="Discourse.Core.InputException"/> (with line or position) for bad input, never anything else.
/// </summary>
public interface IThreadReader
{
    /// <summary>The name used by <c>--format</c>, e.g. <c>copied</c>, <c>disqus-xml</c>, <c>reddit-json</c>.</summary>
    string FormatName { get; }

    /// <summary>Whether the first bytes of a file (at most <see cref="FormatSniffer.HeadSize"/>, UTF-8) look like this format.</summary>
    bool Recognises(ReadOnlySpan<byte> head);

    /// <summary>Reads every thread in the input, in order. <paramref name="sourceName"/> names the input in errors.</summary>
    IEnumerable<DiscussionThread> Read(Stream input, string sourceName);
}
