namespace Discourse.Readers.Interchange;

/// <summary>The forms <c>discourse convert</c> writes; both read back with the generic JSONL and CSV readers.</summary>
public enum InterchangeFormat
{
    Jsonl,
    Csv,
}
