using Discourse.Core;
using Discourse.Core.Scores;

namespace Discourse.Cli.Scoring;

/// <summary>Loads the trained stance and tone models of a folder as a thread scorer.</summary>
public static class ScorerFactory
{
    public static IThreadScorer FromModels(string folder) =>
        throw new InputException("no trained models here; run 'discourse train' first", folder);
}
