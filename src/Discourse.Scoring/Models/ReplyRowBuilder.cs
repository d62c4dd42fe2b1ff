namespace Discourse.Scoring.Models;

/// <summary>
/// Builds model input rows in parallel, a chunk at a time and in input order: the sentence encoder is the costly
/// step of featurizing, and it runs on one core per encoder. A long input still streams, holding one chunk.
/// </summary>
public static class ReplyRowBuilder
{
    public const int ChunkSize = 256;

    /// <summary>The number of rows built at once: the cores, up to 4 (each worker holds its own encoder).</summary>
    public static int Workers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public static IEnumerable<ReplyRow> Build<T>(IEnumerable<T> items, Func<T, ReplyRow> build)
    {
        foreach (var chunk in items.Chunk(ChunkSize))
        {
            var rows = new ReplyRow[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i => rows[i] = build(chunk[i]));
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }
}
