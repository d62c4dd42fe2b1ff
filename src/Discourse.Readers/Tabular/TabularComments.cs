using Discourse.Core;
using Discourse.Core.Threads;
using Discourse.Readers.Text;

namespace Discourse.Readers.Tabular;

/// <summary>Builds a comment draft from one generic record (a CSV row or a JSONL object) through a column map.</summary>
public static class TabularComments
{
    public static CommentDraft Draft(Func<string, string?> field, ColumnMap map, string sourceName, long line)
    {
        var id = field(map.Id);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InputException($"missing comment id (column '{map.Id}')", sourceName, line);
        }

        var parent = field(map.ParentId);
        var createdText = field(map.Created);
        var created = Timestamps.Parse(createdText);
        if (!string.IsNullOrWhiteSpace(createdText) && created is null)
        {
            throw new InputException($"'{createdText}' in column '{map.Created}' is not a timestamp (ISO 8601 or Unix seconds)", sourceName, line);
        }

        return new CommentDraft(id.Trim(), field(map.Author) ?? "", field(map.Text) ?? "",
            ParentLink.FromMarkup(string.IsNullOrWhiteSpace(parent) || parent.Trim() == "0" ? null : parent.Trim()))
        {
            Created = created,
            Status = ParseStatus(field(map.Status)),
            Span = new SourceSpan((int)Math.Min(line, int.MaxValue), 1),
        };
    }

    public static CommentStatus ParseStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "deleted" => CommentStatus.Deleted,
        "removed" => CommentStatus.Removed,
        "spam" => CommentStatus.Spam,
        "pending" => CommentStatus.Pending,
        "notloaded" or "not_loaded" or "not-loaded" => CommentStatus.NotLoaded,
        _ => CommentStatus.Visible,
    };
}
