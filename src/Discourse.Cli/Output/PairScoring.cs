using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Discourse.Core.Scores;
using Discourse.Scoring.Evaluation;
using Discourse.Scoring.Models;

namespace Discourse.Cli.Output;

/// <summary>
/// <c>score --pairs</c>: checks every input line first (so bad input fails before any output), then streams the
/// lines through the models and writes one JSON line per input line. Memory stays flat however long the file.
/// </summary>
public static class PairScoring
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Run(string path, Func<ReplyModels> loadModels, TextWriter output)
    {
        foreach (var _ in JsonlPairsReader.Read(path))
        {
            // Validation pass: the reader throws on the first bad line.
        }

        var models = loadModels();
        var predictions = models.Predict(JsonlPairsReader.Read(path).Select(i => (i.Id, i.Parent, i.Text)));
        using var buffer = new MemoryStream();
        foreach (var prediction in predictions)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                Write(json, prediction);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    public static void Write(Utf8JsonWriter json, ReplyPrediction prediction)
    {
        var score = prediction.ToScore();
        json.WriteStartObject();
        json.WriteString("id", prediction.Id);
        json.WriteString("stance", score.Stance.Name());
        json.WriteNumber("stanceScore", Math.Round(score.StanceScore, 4));
        json.WriteString("tone", score.Tone.Name());
        json.WriteNumber("heat", Math.Round(score.Heat, 4));
        json.WriteEndObject();
    }
}
