namespace Discourse.Report;

/// <summary>The report's stylesheet, inlined so the file stands alone.</summary>
public static class ReportStyle
{
    public const string Css = """
        body { font-family: Georgia, 'Times New Roman', serif; max-width: 1150px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
        h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
        .meta { color: #666; } .summary { display: flex; gap: 1em; flex-wrap: wrap; }
        .metric { background: #f6f6f6; border-radius: 6px; padding: .6em 1em; min-width: 10em; }
        .metric b { display: block; font-size: 1.4em; }
        figure { margin: 1.5em 0; } figure img { max-width: 100%; border: 1px solid #eee; } figcaption { color: #555; font-size: .9em; }
        table { border-collapse: collapse; margin: .8em 0; font-size: .92em; } th, td { border: 1px solid #ddd; padding: .3em .6em; text-align: left; }
        th { background: #f3f3f3; }
        .thread ul { list-style: none; padding-left: 1.6em; border-left: 2px solid #eee; margin: 0; }
        .thread > ul { padding-left: 0; border-left: none; }
        .comment { margin: .7em 0; padding: .5em .8em; background: #fbfbfb; border-radius: 6px; }
        .comment header { font-size: .9em; color: #444; }
        .comment p { margin: .35em 0; }
        .badge { display: inline-block; padding: 0 .45em; border-radius: 4px; font-size: .8em; margin-left: .3em; color: #fff; }
        .agree { background: #2ca02c; } .neutral { background: #7f7f7f; } .disagree { background: #d62728; }
        .civil { background: #4c9a6a; } .snarky { background: #e08a1e; } .hostile { background: #a31515; }
        .inferred { background: #fff3cd; color: #6b5500; border: 1px dashed #b8a000; }
        .heat { display: inline-block; width: 60px; height: 8px; background: #eee; margin-left: .4em; vertical-align: middle; }
        .heat span { display: block; height: 8px; background: linear-gradient(90deg, #30a0ff, #f0c000, #e02020); }
        .placeholder { color: #888; font-style: italic; }
        .events li.up { color: #8a1010; } .events li.down { color: #1d6b2e; }
        """;
}
