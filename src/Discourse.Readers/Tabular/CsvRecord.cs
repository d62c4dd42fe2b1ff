namespace Discourse.Readers.Tabular;

/// <summary>One CSV record: its fields, byte range and the line it starts on.</summary>
public sealed record CsvRecord(IReadOnlyList<string> Fields, long Offset, int Length, long Line);
