namespace Discourse.Scoring.Evaluation;

/// <summary>The evaluation file formats we import.</summary>
public enum EvaluationFormat
{
    /// <summary>DEBAGREEMENT pairs CSV: body_parent, body_child, label (0 disagree, 1 neutral, 2 agree) or label_name.</summary>
    Debagreement,

    /// <summary>ToxiChat human reply pairs CSV: text, parent_text, stance_to_parent, offense_label.</summary>
    ToxiChat,

    /// <summary>Unhealthy Comments Corpus CSV: comment and binary attribute columns (hostile, healthy, …).</summary>
    Ucc,

    /// <summary>Our JSONL: id, parent, text, and optional stance, tone, heat.</summary>
    Jsonl,
}
