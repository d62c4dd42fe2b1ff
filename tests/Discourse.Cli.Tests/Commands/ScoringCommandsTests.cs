using System.Text.Json;
using Spectre.Console.Testing;

namespace Discourse.Cli.Tests.Commands;

/// <summary>train, score --pairs and evaluate run end to end on a small corpus the test writes.</summary>
public class ScoringCommandsTests : IClassFixture<ScoringCommandsTests.TrainedProject>
{
    private readonly TrainedProject project;

    public ScoringCommandsTests(TrainedProject project) => this.project = project;

    [Fact]
    public void Train_writes_both_models_and_a_generated_card()
    {
        Assert.Equal(0, project.TrainExit);
        Assert.True(File.Exists(Path.Combine(project.Root, "models", "stance.zip")));
        Assert.True(File.Exists(Path.Combine(project.Root, "models", "tone.zip")));
        var card = File.ReadAllText(Path.Combine(project.Root, "models", "MODEL_CARD.md"));
        Assert.Contains("Trainers compared", card);
        Assert.Contains("By reply depth", card);
        Assert.Contains("By corpus slice", card);
    }

    [Fact]
    public void Score_pairs_writes_one_json_line_per_input_line_in_order()
    {
        var input = project.WriteFile("in.jsonl",
            "{\"id\":\"x1\",\"parent\":\"The ferry starts Monday.\",\"text\":\"No, that is wrong and not true at all. You are an idiot and a liar, moron.\"}\n" +
            "{\"id\":2,\"parent\":null,\"text\":\"Yes, exactly right, I agree with this. Thanks for sharing.\"}\n");

        var (exit, output, _) = project.Run("score", "--pairs", input);

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["x1", "2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("disagree", lines[0].GetProperty("stance").GetString());
        Assert.Equal("hostile", lines[0].GetProperty("tone").GetString());
        Assert.Equal("agree", lines[1].GetProperty("stance").GetString());
        Assert.True(lines[0].GetProperty("heat").GetDouble() > lines[1].GetProperty("heat").GetDouble());
        Assert.InRange(lines[1].GetProperty("stanceScore").GetDouble(), 0, 1);
    }

    [Fact]
    public void Score_pairs_with_a_bad_line_fails_before_writing_anything()
    {
        var input = project.WriteFile("bad.jsonl", "{\"id\":\"a\",\"parent\":\"p\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":42}\n");

        var (exit, output, error) = project.Run("score", "--pairs", input);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("bad.jsonl:2:", error);
        Assert.Contains("\"text\" is number", error);
    }

    [Fact]
    public void A_missing_models_folder_is_one_line_and_exit_two()
    {
        var input = project.WriteFile("one.jsonl", "{\"id\":\"a\",\"parent\":\"p\",\"text\":\"fine\"}\n");

        var (exit, _, error) = project.Run("score", "--pairs", input, "--models", Path.Combine(project.Root, "nowhere"));

        Assert.Equal(2, exit);
        Assert.Contains("model file not found", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Evaluate_jsonl_prints_macro_f1_confusion_and_heat_auc()
    {
        var input = project.WriteFile("gold.jsonl",
            "{\"id\":\"a\",\"parent\":\"p\",\"text\":\"No, that is wrong and not true at all. You are an idiot and a liar, moron.\",\"stance\":\"disagree\",\"tone\":\"hostile\"}\n" +
            "{\"id\":\"b\",\"parent\":\"p\",\"text\":\"Yes, exactly right, I agree with this. Thanks for sharing.\",\"stance\":\"agree\",\"tone\":\"civil\"}\n");

        var (exit, output, _) = project.Run("evaluate", "--data", input, "--format", "jsonl");

        Assert.Equal(0, exit);
        Assert.Contains("Stance macro-F1", output);
        Assert.Contains("| gold \\ predicted | agree | neutral | disagree |", output);
        Assert.Contains("| uncivil | 1 |", output);
    }

    [Fact]
    public void Evaluate_with_an_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = project.Run("evaluate", "--data", "x.csv", "--format", "arff");

        Assert.Equal(2, exit);
        Assert.Contains("unknown evaluation format 'arff'", error);
    }

    /// <summary>A temporary project folder with a small corpus, trained once for all tests of the class.</summary>
    public sealed class TrainedProject
    {
        public TrainedProject()
        {
            Root = Path.Combine(Path.GetTempPath(), "discourse-cli-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(Root, "seeds", "corpus", "pairs"));
            File.WriteAllLines(Path.Combine(Root, "seeds", "corpus", "pairs", "small.jsonl"), SmallCorpus());
            TrainExit = Run("train", "--folds", "2").Exit;
        }

        public string Root { get; }
        public int TrainExit { get; }

        public string WriteFile(string name, string content)
        {
            var path = Path.Combine(Root, name);
            File.WriteAllText(path, content);
            return path;
        }

        public (int Exit, string Out, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var context = new CliContext(new TestConsole(), output, error) { ProjectRoot = Root };
            var exit = CliApp.Run(args, context);
            return (exit, output.ToString(), error.ToString());
        }

        private static IEnumerable<string> SmallCorpus()
        {
            string[] stances = ["agree", "neutral", "disagree"];
            string[] tones = ["civil", "snarky", "hostile"];
            string[][] replies =
            [
                ["Yes, exactly right, I agree with this.", "Agreed, well said, that is the point."],
                ["Which report is that from, out of interest?", "Where can I read the full schedule?"],
                ["No, that is wrong and not true at all.", "I disagree, that is simply not the case."],
            ];
            string[] suffixes = ["Thanks for sharing.", "Wow, genius, lol, nice try.", "You are an idiot and a liar, moron."];
            double[] heats = [0.1, 0.5, 0.85];
            var n = 0;
            for (var s = 0; s < 3; s++)
            {
                for (var t = 0; t < 3; t++)
                {
                    for (var k = 0; k < 4; k++, n++)
                    {
                        yield return JsonSerializer.Serialize(new Dictionary<string, object>
                        {
                            ["id"] = $"s{n}",
                            ["parent"] = $"Claim number {k} about the ferry.",
                            ["text"] = $"{replies[s][k % 2]} {suffixes[t]}",
                            ["stance"] = stances[s],
                            ["tone"] = tones[t],
                            ["heat"] = heats[t],
                            ["split"] = n % 4 == 0 ? "dev" : "train",
                            ["group"] = $"g{n % 5}",
                            ["topic"] = "local",
                            ["register"] = "forum",
                            ["hard"] = "none",
                        });
                    }
                }
            }
        }
    }
}
