namespace Portal.Web.Oversight;

/// <summary>
/// One cell as shown. <paramref name="Value"/> is what a chart plots; <paramref name="IsCount"/> marks a count
/// (of tips, rewards, volunteers, publications, downloads), which the report suppresses under 5.
/// </summary>
public sealed record OversightCell(string Text, double? Value, bool IsCount);

public sealed record OversightRow(string Key, string Label, IReadOnlyList<OversightCell> Cells);

/// <summary>
/// A table of the dashboard and the report, shown beside its chart and exported as CSV exactly as shown.
/// <paramref name="Columns"/> names the label column and then each cell column. <paramref name="PartitionsTotal"/>:
/// the rows split a total the report states, so one hidden cell could be worked out from the others.
/// <paramref name="Charted"/> cell columns (by index) are plotted, each a series of one unit (<paramref name="ChartUnit"/> when it is not the column's own); none for a table without a chart.
/// </summary>
public sealed record OversightTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<OversightRow> Rows, bool PartitionsTotal, IReadOnlyList<int> Charted, string? ChartUnit = null)
{
    /// <summary>The ids, in page order; also the CSV route's values.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "tips-by-month", "tips-by-category", "tips-by-region", "tip-times", "tip-outcomes", "rewards",
        "volunteers-by-status", "hours-by-region", "content-by-department", "downloads-by-audience", "downloads-by-resource",
    ];
}
