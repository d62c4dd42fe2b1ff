using Discourse.Core;

namespace Discourse.Scoring.Evaluation;

/// <summary>Reads an evaluation file in a named format.</summary>
public static class EvaluationImporter
{
    public static EvaluationFormat ParseFormat(string name) => name.Trim().ToLowerInvariant() switch
    {
        "debagreement" => EvaluationFormat.Debagreement,
        "toxichat" => EvaluationFormat.ToxiChat,
        "ucc" => EvaluationFormat.Ucc,
        "jsonl" => EvaluationFormat.Jsonl,
        _ => throw new InputException($"unknown evaluation format '{name}', expected debagreement, toxichat, ucc or jsonl"),
    };

    public static IEnumerable<EvaluationItem> Read(string path, EvaluationFormat format, string? split = null) => format switch
    {
        EvaluationFormat.Debagreement => DebagreementImporter.Read(path, split),
        EvaluationFormat.ToxiChat => ToxiChatImporter.Read(path, split),
        EvaluationFormat.Ucc => UccImporter.Read(path, split),
        _ => JsonlPairsReader.Read(path),
    };
}
