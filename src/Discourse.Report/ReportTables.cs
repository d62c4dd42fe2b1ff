using System.Globalization;
using Discourse.Analysis;

namespace Discourse.Report;

/// <summary>The report's tables: escalation events, camps, dyads and authors.</summary>
public static class ReportTables
{
    public static void Write(TextWriter html, ThreadAnalysis analysis)
    {
        html.Write("<h2 id=\"events\">Where it turned</h2>\n");
        if (analysis.Events.Count == 0)
        {
            html.Write("<p>No escalation or de-escalation events.</p>\n");
        }
        else
        {
            html.Write("<ul class=\"events\">\n");
            foreach (var e in analysis.Events)
            {
                html.Write($"<li class=\"{(e.Escalates ? "up" : "down")}\"><a href=\"#{Html.E(e.Comment.Id)}\">#{e.Comment.Order + 1}</a> {Html.E(e.Description)}</li>\n");
            }

            html.Write("</ul>\n");
        }

        html.Write("<h2 id=\"camps\">Camps</h2>\n<table><tr><th>author</th><th>side toward the article</th><th>lean</th><th>consistency</th><th>comments</th></tr>\n");
        foreach (var c in analysis.Camps)
        {
            html.Write($"<tr><td>{Html.E(c.Author)}</td><td>{Side(c.Side)}</td><td>{N(c.Lean)}</td><td>{c.Consistency.ToString("P0", CultureInfo.InvariantCulture)}</td><td>{c.Comments}</td></tr>\n");
        }

        html.Write("</table>\n<h2 id=\"dyads\">Who heats up whom</h2>\n<table><tr><th>from</th><th>to</th><th>replies</th><th>mean heat</th><th>disagreement</th></tr>\n");
        foreach (var d in analysis.Dyads)
        {
            html.Write($"<tr><td>{Html.E(d.From)}</td><td>{Html.E(d.To)}</td><td>{d.Replies}</td><td>{N(d.MeanHeat)}</td><td>{d.DisagreementShare.ToString("P0", CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        html.Write("</table>\n<h2 id=\"authors\">Authors</h2>\n<table><tr><th>author</th><th>comments</th><th>mean heat</th><th>max heat</th><th>agree</th><th>neutral</th><th>disagree</th></tr>\n");
        foreach (var a in analysis.Authors)
        {
            html.Write($"<tr><td>{Html.E(a.Author)}</td><td>{a.Comments}</td><td>{N(a.MeanHeat)}</td><td>{N(a.MaxHeat)}</td><td>{a.Agree}</td><td>{a.Neutral}</td><td>{a.Disagree}</td></tr>\n");
        }

        html.Write("</table>\n");
    }

    private static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Side(Analysis.Camps.Side side) => side switch
    {
        Analysis.Camps.Side.For => "with the article",
        Analysis.Camps.Side.Against => "against the article",
        _ => "unaligned",
    };
}
