namespace Discourse.Scoring.Models;

/// <summary>The ML.NET multiclass trainers we compare for stance and tone.</summary>
public enum ClassifierKind
{
    /// <summary>One-versus-all over calibrated FastTree binary trees.</summary>
    FastTree,

    /// <summary>Linear multinomial logistic regression by SDCA.</summary>
    SdcaMaximumEntropy,

    /// <summary>Linear multinomial logistic regression by L-BFGS.</summary>
    LbfgsMaximumEntropy,

    /// <summary>FastTree (one-versus-all) on the discourse features and L-BFGS on all features, probabilities averaged.</summary>
    FastTreeLbfgsBlend,
}
