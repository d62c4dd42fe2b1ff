using System.Globalization;
using Discourse.Analysis;
using Discourse.Analysis.Camps;
using Discourse.Core.Scores;
using Discourse.Core.Threads;

namespace Discourse.Report;

/// <summary>
/// Writes one self-contained HTML report of an analysed thread: summary metrics, the charts inlined as PNG, the
/// escalation events, camps, dyads and authors, the whole conversation nested with stance, tone and heat per comment
/// and inferred links marked, and the model card's headline figures.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(TextWriter html, ThreadAnalysis analysis, IReadOnlyList<ReportChart> charts, ModelCardHeadline? card)
    {
        var thread = analysis.Scored.Thread;
        var title = string.IsNullOrWhiteSpace(thread.Title) ? Path.GetFileName(thread.Source) : thread.Title;
        html.Write($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Html.E(title)} — Discourse report</title>\n<style>{ReportStyle.Css}</style>\n</head>\n<body>\n");
        html.Write($"<h1>{Html.E(title)}</h1>\n<p class=\"meta\">{Html.E(thread.Source)} · {Html.E(Describe(ThreadCounts.Of(thread)))}</p>\n");
        WriteSummary(html, analysis);
        if (charts.Count > 0)
        {
            html.Write("<h2 id=\"charts\">Charts</h2>\n");
            foreach (var chart in charts)
            {
                html.Write($"<figure id=\"{Html.E(chart.Name)}\"><img alt=\"{Html.E(chart.Name)}\" src=\"data:image/png;base64,{Convert.ToBase64String(chart.Png)}\"><figcaption>{Html.E(chart.Caption)}</figcaption></figure>\n");
            }
        }

        ReportTables.Write(html, analysis);
        WriteConversation(html, analysis);
        html.Write("<h2 id=\"models\">How far to trust the scores</h2>\n");
        html.Write(card is null
            ? "<p>No model card found (models/MODEL_CARD.md): the scores come from models without published figures.</p>\n"
            : Html.Markdown(card.Lines) + "\n");
        html.Write("<p class=\"meta\">Written by Discourse. Stance is toward the comment answered (top-level comments: toward the article); heat runs from 0 (calm) to 1 (abusive).</p>\n</body>\n</html>\n");
    }

    private static void WriteSummary(TextWriter html, ThreadAnalysis analysis)
    {
        var index = analysis.EscalationIndex;
        var trend = index > 0.1 ? "heats up" : index < -0.1 ? "cools down" : "holds steady";
        html.Write("<h2 id=\"summary\">Summary</h2>\n<div class=\"summary\">\n");
        Metric(html, "escalation index", index.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture), $"the exchange {trend}");
        Metric(html, "mean heat", analysis.MeanHeat.ToString("0.00", CultureInfo.InvariantCulture), "0 calm – 1 abusive");
        Metric(html, "escalations", analysis.Events.Count(e => e.Escalates).ToString(CultureInfo.InvariantCulture), "heat jumps, turns, hot streaks");
        Metric(html, "de-escalations", analysis.Events.Count(e => !e.Escalates).ToString(CultureInfo.InvariantCulture), "coolings, concessions");
        html.Write("</div>\n");
        var forArticle = analysis.Camps.Where(c => c.Side == Side.For).Select(c => c.Author).ToList();
        var against = analysis.Camps.Where(c => c.Side == Side.Against).Select(c => c.Author).ToList();
        if (forArticle.Count + against.Count > 0)
        {
            html.Write($"<p>Camps: <b>with the article</b> {Html.E(List(forArticle))}; <b>against it</b> {Html.E(List(against))}.</p>\n");
        }
    }

    private static void Metric(TextWriter html, string name, string value, string note) =>
        html.Write($"<div class=\"metric\">{Html.E(name)}<b>{Html.E(value)}</b><small>{Html.E(note)}</small></div>\n");

    private static void WriteConversation(TextWriter html, ThreadAnalysis analysis)
    {
        var thread = analysis.Scored.Thread;
        html.Write("<h2 id=\"conversation\">The conversation</h2>\n<div class=\"thread\">\n");
        if (thread.Comments.Count == 0)
        {
            html.Write("<p>This article has no comments.</p>\n</div>\n");
            return;
        }

        // Iterative, so a very deep thread cannot overflow the stack.
        var stack = new Stack<(Comment? Comment, bool Close)>();
        html.Write("<ul>\n");
        foreach (var top in thread.TopLevel.Reverse())
        {
            stack.Push((top, false));
        }

        while (stack.Count > 0)
        {
            var (comment, close) = stack.Pop();
            if (close)
            {
                html.Write("</ul></li>\n");
                continue;
            }

            html.Write("<li>");
            WriteComment(html, comment!, analysis.Scored.ScoreOf(comment!));
            if (comment!.Children.Count == 0)
            {
                html.Write("</li>\n");
                continue;
            }

            html.Write("<ul>\n");
            stack.Push((null, true));
            foreach (var child in comment.Children.Reverse())
            {
                stack.Push((child, false));
            }
        }

        html.Write("</ul>\n</div>\n");
    }

    private static void WriteComment(TextWriter html, Comment comment, CommentScore? score)
    {
        html.Write($"<article class=\"comment\" id=\"{Html.E(comment.Id)}\"><header><b>{Html.E(comment.Author)}</b>");
        if (comment.Created is { } created)
        {
            html.Write($" · {created.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        }

        if (score is not null)
        {
            html.Write($"<span class=\"badge {score.Stance.Name()}\">{score.Stance.Name()} {score.StanceScore.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)}</span>");
            html.Write($"<span class=\"badge {score.Tone.Name()}\">{score.Tone.Name()}</span>");
            html.Write($"<span class=\"heat\" title=\"heat {score.Heat.ToString("0.00", CultureInfo.InvariantCulture)}\"><span style=\"width:{(int)Math.Round(score.Heat * 100)}%\"></span></span> {score.Heat.ToString("0.00", CultureInfo.InvariantCulture)}");
        }

        if (comment.Link.IsInferred)
        {
            html.Write($"<span class=\"badge inferred\" title=\"{Html.E(string.Join("; ", comment.Link.Evidence))}\">inferred link, confidence {comment.Link.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}</span>");
        }

        html.Write("</header>");
        html.Write(comment.IsPlaceholder
            ? $"<p class=\"placeholder\">[{Html.E(comment.Status.ToString().ToLowerInvariant())}{(comment.NotLoadedCount is { } n ? $": {n} more replies not loaded" : "")}]</p>"
            : Html.Paragraphs(comment.Text));
        html.Write("</article>");
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "nobody" : string.Join(", ", names);

    private static string Describe(ThreadCounts counts) =>
        $"{counts.Total} comments, {counts.Visible} visible, {counts.InferredLinks} inferred links" +
        (counts.Total - counts.Visible > 0 ? $", {counts.Total - counts.Visible} placeholders" : "");
}
