using Discourse.Core.Threads;

namespace Discourse.Core.Scores;

/// <summary>Scores every visible comment of a thread (top-level comments against the article).</summary>
public interface IThreadScorer
{
    ScoredThread Score(DiscussionThread thread);
}
