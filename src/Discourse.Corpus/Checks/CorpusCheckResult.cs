using Discourse.Corpus.Records;

namespace Discourse.Corpus.Checks;

/// <summary>What <see cref="CorpusChecker"/> found: every violation, and the distributions of the corpus.</summary>
public sealed record CorpusCheckResult(IReadOnlyList<CorpusProblem> Violations, CorpusStatistics Statistics)
{
    public bool Passed => Violations.Count == 0;
}
