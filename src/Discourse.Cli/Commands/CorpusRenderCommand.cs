using System.CommandLine;
using Discourse.Core.IO;
using Discourse.Corpus.Reading;
using Discourse.Readers.Copied;

namespace Discourse.Cli.Commands;

/// <summary>
/// <c>discourse corpus render-copied THREAD… [--cap N]</c>: draws labelled threads as a copied comment section, with
/// the indentation capped as Disqus does, so the copied-text reader can be measured on threads whose true tree we know.
/// </summary>
public static class CorpusRenderCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("THREAD") { Description = "Thread ids from threads.meta.jsonl", Arity = ArgumentArity.OneOrMore };
        var cap = new Option<int?>("--cap") { Description = "Draw nothing deeper than this level (as Disqus caps depth)" };
        var corpusDir = new Option<string?>("--corpus") { Description = "The corpus folder (default: seeds/corpus)" };
        var outDir = new Option<string?>("--out") { Description = "Output folder (default: <corpus>/copied)" };
        var command = new Command("render-copied", "Draw labelled threads as copied comment sections") { ids, cap, corpusDir, outDir };
        command.SetAction(result =>
        {
            var root = result.GetValue(corpusDir) ?? Path.Combine(context.ProjectRoot, "seeds", "corpus");
            var threads = LabelledThreads.Build(CorpusReader.ReadStrict(root)).ToDictionary(t => t.Thread.Id!, StringComparer.Ordinal);
            var target = result.GetValue(outDir) ?? Path.Combine(root, "copied");
            foreach (var id in result.GetRequiredValue(ids))
            {
                if (!threads.TryGetValue(id, out var thread))
                {
                    throw new Core.InputException($"no labelled thread '{id}'", root);
                }

                var capValue = result.GetValue(cap);
                var path = Path.Combine(target, $"{id}{(capValue is { } c ? $".cap{c}" : "")}.txt");
                AtomicFile.WriteText(path, w => w.Write(CopiedSectionWriter.Write(thread.Thread, capValue)));
                context.Error.WriteLine($"wrote {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
