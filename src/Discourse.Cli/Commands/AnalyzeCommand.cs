using System.CommandLine;
using Discourse.Cli.Analysis;
using Discourse.Cli.Output;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse analyze FILE [--out DIR]</c>: the main job — parse, score, analyse, chart and report.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context) => Build(context, "analyze",
        "Parse, score and analyse a thread; print a summary and write report.html with the charts", report: true);

    /// <summary>The command and its twin <c>plot</c>, which writes the charts without the report.</summary>
    public static Command Build(CliContext context, string name, string description, bool report)
    {
        var file = new Argument<string>("FILE") { Description = "A comment thread in any supported format" };
        var output = new Option<string?>("--out") { Description = "Output folder (default: out/<file name>)" };
        var models = new Option<string?>("--models") { Description = "Folder with stance.zip, tone.zip and heat-shares.json (default: models/)" };
        var format = CommonOptions.Format();
        var columns = CommonOptions.Columns();
        var command = new Command(name, description) { file, output, models, format, columns };
        command.SetAction(result =>
        {
            var runs = AnalysisRun.Run(context, CommonOptions.Loader(result, columns), result.GetRequiredValue(file),
                result.GetValue(format), result.GetValue(output), result.GetValue(models), report);
            foreach (var (analysis, folder) in runs)
            {
                if (report)
                {
                    AnalysisSummary.Render(context.Console, analysis);
                }

                context.Error.WriteLine($"wrote {(report ? Path.Combine(folder, "report.html") + " and " : "")}4 charts (PNG and SVG) in {folder}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
