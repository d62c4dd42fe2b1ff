namespace Discourse.Readers.Text;

/// <summary>Where one record (a JSONL line, a CSV row) sits in its file, and the thread it belongs to.</summary>
public readonly record struct RecordRef(string Key, long Offset, int Length, long Line);
