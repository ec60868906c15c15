using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Oversight;

/// <summary>
/// The report's short text stating its figures, in the current culture. Cells come from the already suppressed
/// tables (a withheld cell stays withheld in the words); totals that are no cell are suppressed the same way, and
/// the tables whose rows add up to them (new items by department, downloads by file) withhold a lone hidden cell.
/// A hidden figure is never put into a sentence written for a number ("发放金额不公布元"): the sentence has a
/// wording of its own for it, and a count under 5 reads "不足5" / "fewer than 5".
/// </summary>
public static class OversightReportText
{
    public static IReadOnlyList<string> Compose(OversightView view, IReadOnlyList<OversightTable> suppressed, string scopeName, int year, IStringLocalizer<OversightResource> l)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(suppressed);
        ArgumentNullException.ThrowIfNull(l);
        OversightCell Cell(string table, string row, int column = 0) =>
            suppressed.Single(t => t.Id == table).Rows.Single(r => r.Key == row).Cells[column];
        string Count(OversightCell cell) => cell.Text == SmallCells.Small ? l["Report_FewerThanFive"] : cell.Text;
        string withheld = l["Withheld"];
        string none = l["Duration_None"];
        bool Stated(OversightCell cell) => cell.Text != withheld && cell.Text != SmallCells.Small && cell.Text != "—" && cell.Text != none;

        var share = Cell("tip-outcomes", "share-substantiated");
        var tips = l["Report_Text_Tips", year, scopeName, Count(Cell("tip-outcomes", "received")), Count(Cell("tip-outcomes", "closed")),
            Count(Cell("tip-outcomes", "substantiated")), Stated(share) ? l["Report_Text_Share", share.Text] : l["Report_Text_ShareWithheld"]];

        string Times(string row, string stated, string hidden)
        {
            var (median, p90) = (Cell("tip-times", row, 1), Cell("tip-times", row, 2));
            return Stated(median) && Stated(p90) ? l[stated, median.Text, p90.Text] : l[hidden];
        }

        var amount = Cell("rewards", "paid", 1);
        var rewards = l["Report_Text_Rewards", Count(Cell("rewards", "proposed")), Count(Cell("rewards", "approved")), Count(Cell("rewards", "paid")),
            Stated(amount) ? l["Report_Text_RewardAmount", amount.Text] : l["Report_Text_RewardAmountWithheld"]];

        var newItems = view.Content.PublishedByDepartment.Sum(d => d.NewItems);
        var hours = view.Tips.ApprovedHoursByRegion.Sum(h => h.Minutes) / 60.0;
        return
        [
            tips,
            Times("to-acknowledge", "Report_Text_Acknowledge", "Report_Text_AcknowledgeWithheld") + Times("to-close", "Report_Text_Close", "Report_Text_CloseWithheld"),
            rewards,
            l["Report_Text_Volunteers", Count(Cell("volunteers-by-status", "Active")), hours.ToString("N1", CultureInfo.CurrentCulture)],
            l["Report_Text_Content", CountOf(newItems, l), CountOf(view.Content.Downloads, l)],
        ];
    }

    private static string CountOf(long count, IStringLocalizer<OversightResource> l) =>
        count < SmallCells.Threshold ? l["Report_FewerThanFive"] : OversightTables.Number(count);
}
