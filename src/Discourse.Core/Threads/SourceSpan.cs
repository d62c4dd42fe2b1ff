namespace Discourse.Core.Threads;

/// <summary>Where a node starts in its input: 1-based line and column, or a byte offset for binary-ish inputs.</summary>
public readonly record struct SourceSpan(int Line, int Column);
