namespace Discourse.Report;

/// <summary>A chart as the report inlines it: a name, a caption and the PNG bytes.</summary>
public sealed record ReportChart(string Name, string Caption, byte[] Png);
