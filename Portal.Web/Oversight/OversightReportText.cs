using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Oversight;

/// <summary>
/// The report's short text stating its figures, in the current culture. Cells come from the already suppressed
/// tables (a withheld cell stays withheld in the words); totals that are no cell are suppressed the same way, and
/// the tables whose rows add up to them (new items by department, downloads by file) withhold a lone hidden cell.
/// </summary>
public static class OversightReportText
{
    public static IReadOnlyList<string> Compose(OversightView view, IReadOnlyList<OversightTable> suppressed, string scopeName, int year, IStringLocalizer<OversightResource> l)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(suppressed);
        ArgumentNullException.ThrowIfNull(l);
        string Cell(string table, string row, int column = 0) =>
            suppressed.Single(t => t.Id == table).Rows.Single(r => r.Key == row).Cells[column].Text;

        var newItems = view.Content.PublishedByDepartment.Sum(d => d.NewItems);
        var hours = view.Tips.ApprovedHoursByRegion.Sum(h => h.Minutes) / 60.0;
        return
        [
            l["Report_Text_Tips", year, scopeName, Cell("tip-outcomes", "received"), Cell("tip-outcomes", "closed"), Cell("tip-outcomes", "substantiated"), Cell("tip-outcomes", "share-substantiated")],
            l["Report_Text_Times", Cell("tip-times", "to-acknowledge", 1), Cell("tip-times", "to-acknowledge", 2), Cell("tip-times", "to-close", 1), Cell("tip-times", "to-close", 2)],
            l["Report_Text_Rewards", Cell("rewards", "proposed"), Cell("rewards", "approved"), Cell("rewards", "paid"), Cell("rewards", "paid", 1)],
            l["Report_Text_Volunteers", Cell("volunteers-by-status", "Active"), hours.ToString("N1", CultureInfo.CurrentCulture)],
            l["Report_Text_Content", Count(newItems), Count(view.Content.Downloads)],
        ];
    }

    private static string Count(long count) => count < SmallCells.Threshold ? SmallCells.Small : OversightTables.Number(count);
}
