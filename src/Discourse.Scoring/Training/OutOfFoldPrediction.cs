using Discourse.Corpus.Records;
using Discourse.Scoring.Models;

namespace Discourse.Scoring.Training;

/// <summary>A corpus item, its depth in its thread (null for a standalone pair), and its out-of-fold prediction.</summary>
public sealed record OutOfFoldPrediction(LabelledReply Item, int? Depth, ReplyPrediction Prediction);
