using Discourse.Core.Scores;
using Discourse.Scoring.Models;

namespace Discourse.Cli.Scoring;

/// <summary>Loads the trained stance and tone models of a folder as a thread scorer.</summary>
public static class ScorerFactory
{
    public static IThreadScorer FromModels(string folder) => new ModelThreadScorer(ModelStore.Load(folder));
}
