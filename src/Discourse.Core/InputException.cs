namespace Discourse.Core;

/// <summary>
/// Bad input: a file that cannot be read as what it claims to be. Carries where the problem is so the user can fix it.
/// Every reader and loader throws this (and only this) for bad input.
/// </summary>
public sealed class InputException(string message, string? path = null, long? line = null, long? column = null)
    : Exception(message)
{
    public string? Path { get; } = path;
    public long? Line { get; } = line;
    public long? Column { get; } = column;

    /// <summary>One line for the user: <c>path:line:column: message</c>, leaving out what is unknown.</summary>
    public string Describe()
    {
        var where = Path ?? "";
        if (Line is { } l)
        {
            where += $":{l}";
            if (Column is { } c)
            {
                where += $":{c}";
            }
        }

        return where.Length == 0 ? Message : $"{where}: {Message}";
    }

    public InputException WithPath(string path) => Path is null ? new InputException(Message, path, Line, Column) : this;
}
