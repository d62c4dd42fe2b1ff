using Discourse.Core.Scores;
using Spectre.Console;

namespace Discourse.Cli;

/// <summary>Where a command writes: a rich console for people, plain writers for machine output and errors.</summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error)
{
    /// <summary>The folder commands resolve <c>models/</c> and <c>seeds/</c> against when not told otherwise.</summary>
    public string ProjectRoot { get; init; } = ProjectPaths.FindRoot();

    /// <summary>Makes the scorer for a models folder; tests swap in their own.</summary>
    public Func<string, IThreadScorer> Scorers { get; init; } = Scoring.ScorerFactory.FromModels;

    public string ModelsFolder => Path.Combine(ProjectRoot, "models");
}
