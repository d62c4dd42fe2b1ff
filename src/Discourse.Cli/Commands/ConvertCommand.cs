using System.CommandLine;
using Discourse.Core;
using Discourse.Core.IO;
using Discourse.Readers.Interchange;

namespace Discourse.Cli.Commands;

/// <summary><c>discourse convert FILE --to jsonl|csv [--out PATH]</c>: any thread format to our interchange format.</summary>
public static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A comment thread file in any supported format" };
        var to = new Option<string>("--to") { Description = "jsonl or csv", Required = true };
        to.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string?>("--out") { Description = "Where to write (default: FILE's name with .jsonl or .csv, in the current folder)" };
        var format = CommonOptions.Format();
        var columns = CommonOptions.Columns();
        var command = new Command("convert", "Convert a thread file to the interchange JSONL or CSV, written atomically")
        {
            file, to, output, format, columns,
        };
        command.SetAction(result =>
        {
            var path = result.GetRequiredValue(file);
            var kind = result.GetRequiredValue(to) == "csv" ? InterchangeFormat.Csv : InterchangeFormat.Jsonl;
            var target = result.GetValue(output) ?? Path.GetFileNameWithoutExtension(path) + (kind == InterchangeFormat.Csv ? ".csv" : ".jsonl");
            if (Path.GetFullPath(target) == Path.GetFullPath(path))
            {
                throw new InputException("--out would overwrite the input file", path);
            }

            var loader = CommonOptions.Loader(result, columns);
            var threads = 0;
            var comments = 0;
            AtomicFile.Write(target, stream =>
                threads = InterchangeWriter.Write(stream, loader.Read(path, result.GetValue(format)).Select(t =>
                {
                    comments += t.Comments.Count;
                    return t;
                }), kind));
            context.Error.WriteLine($"wrote {target}: {threads} thread(s), {comments} comment(s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
