using Portal.Shared.Culture;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Oversight;
using Portal.Tips.Oversight;

namespace Portal.Web.Oversight;

/// <summary>Turns the modules' figures into the tables the dashboard, the report and the CSV show, in the current culture.</summary>
public static class OversightTables
{
    public static IReadOnlyList<OversightTable> Build(TipOversightFigures tips, ContentOversightFigures content, IStringLocalizer<OversightResource> l, IStringLocalizer<SharedResource> shared)
    {
        ArgumentNullException.ThrowIfNull(tips);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(shared);
        var chinese = PageCulture.IsChinese;
        string[] tipColumns(string label) => [l[label], l["Column_Tips"]];
        return
        [
            new("tips-by-month", l["Table_TipsByMonth"], tipColumns("Column_Month"),
                [.. tips.TipsByMonth.Select(m => Row(m.Key, MonthLabel(m.Key, l), Count(m.Count)))], PartitionsTotal: true, Charted: [0]),
            new("tips-by-category", l["Table_TipsByCategory"], tipColumns("Column_Category"),
                [.. tips.TipsByCategory.Select(c => Row(c.Key, shared["Category_" + c.Key], Count(c.Count)))], PartitionsTotal: true, Charted: [0]),
            new("tips-by-region", l["Table_TipsByRegion"], tipColumns("Column_Region"),
                [.. tips.TipsByRegion.Select(r => Row(r.Key, OversightRegions.Name(r.Key, chinese), Count(r.Count)))], PartitionsTotal: true, Charted: [0]),
            new("tip-times", l["Table_TipTimes"], [l["Column_Measure"], l["Column_Tips"], l["Column_Median"], l["Column_P90"]],
            [
                Times("to-acknowledge", l["Row_ToAcknowledge"], tips.ToAcknowledge, l),
                Times("to-close", l["Row_ToClose"], tips.ToClose, l),
            ], PartitionsTotal: false, Charted: [1, 2], ChartUnit: l["Chart_Hours"]),
            new("tip-outcomes", l["Table_TipOutcomes"], [l["Column_Measure"], l["Column_Value"]],
            [
                Row("received", l["Row_Received"], Count(tips.Received)),
                Row("closed", l["Row_Closed"], Count(tips.Closed)),
                Row("substantiated", l["Row_Substantiated"], Count(tips.Substantiated)),
                Row("share-substantiated", l["Row_ShareSubstantiated"], Share(tips.Substantiated, tips.Closed)),
            ], PartitionsTotal: false, Charted: []),
            new("rewards", l["Table_Rewards"], [l["Column_Step"], l["Column_Rewards"], l["Column_Yuan"]],
            [
                Row("proposed", l["Row_Proposed"], Count(tips.Rewards.Proposed), Yuan(tips.Rewards.ProposedYuan)),
                Row("approved", l["Row_Approved"], Count(tips.Rewards.Approved), Yuan(tips.Rewards.ApprovedYuan)),
                Row("paid", l["Row_Paid"], Count(tips.Rewards.Paid), Yuan(tips.Rewards.PaidYuan)),
            ], PartitionsTotal: false, Charted: [0]),
            new("volunteers-by-status", l["Table_VolunteersByStatus"], [l["Column_Status"], l["Column_Volunteers"]],
                [.. tips.VolunteersByStatus.Select(s => Row(s.Key, l["VolunteerStatus_" + s.Key], Count(s.Count)))], PartitionsTotal: false, Charted: [0]),
            new("hours-by-region", l["Table_HoursByRegion"], [l["Column_Region"], l["Column_Hours"]],
                [.. tips.ApprovedHoursByRegion.Select(h => Row(h.Region, OversightRegions.Name(h.Region, chinese), Hours(h.Minutes)))], PartitionsTotal: false, Charted: [0]),
            new("content-by-department", l["Table_ContentByDepartment"], [l["Column_Department"], l["Column_NewItems"], l["Column_Publications"]],
                [.. content.PublishedByDepartment.Select(d => Row(d.DepartmentId.ToString(), chinese ? d.NameZh : d.NameEn, Count(d.NewItems), Count(d.Publications)))], PartitionsTotal: true, Charted: [0, 1]),
            new("downloads-by-audience", l["Table_DownloadsByAudience"], [l["Column_Audience"], l["Column_Downloads"]],
                [.. content.DownloadsByAudience.Select(a => Row(a.AudienceKey ?? "none", chinese ? a.LabelZh : a.LabelEn, Count(a.Downloads)))], PartitionsTotal: false, Charted: [0]),
            new("downloads-by-resource", l["Table_DownloadsByResource"], [l["Column_File"], l["Column_Downloads"]],
                [.. content.DownloadsByResource.Select(r => Row(r.AssetId.ToString(), r.FileName, Count(r.Downloads)))], PartitionsTotal: true, Charted: [0]),
        ];
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Duration(int? upperMinutes, IStringLocalizer<OversightResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return upperMinutes switch
        {
            null => l["Duration_None"],
            DurationBuckets.Beyond => l["Duration_Beyond"],
            < 60 => l["Duration_Minutes", upperMinutes.Value],
            < 24 * 60 => l["Duration_Hours", (upperMinutes.Value / 60.0).ToString("0.#", CultureInfo.CurrentCulture)],
            _ => l["Duration_Days", (upperMinutes.Value / (24 * 60.0)).ToString("0.#", CultureInfo.CurrentCulture)],
        };
    }

    private static OversightRow Row(string key, string label, params OversightCell[] cells) => new(key, label, cells);

    private static OversightCell Count(long count) => new(Number(count), count, IsCount: true);

    private static OversightCell Yuan(long yuan) => new(Number(yuan), yuan, IsCount: false);

    private static OversightCell Hours(long minutes) =>
        new((minutes / 60.0).ToString("N1", CultureInfo.CurrentCulture), Math.Round(minutes / 60.0, 1), IsCount: false);

    private static OversightCell Share(long part, long whole) =>
        whole == 0 ? new("—", null, IsCount: false) : new(((double)part / whole).ToString("P1", CultureInfo.CurrentCulture), Math.Round(100.0 * part / whole, 1), IsCount: false);

    private static OversightRow Times(string key, string label, DurationFigures figures, IStringLocalizer<OversightResource> l) =>
        Row(key, label, Count(figures.Count),
            new(Duration(figures.MedianMinutes, l), Hours(figures.MedianMinutes), IsCount: false),
            new(Duration(figures.P90Minutes, l), Hours(figures.P90Minutes), IsCount: false));

    private static double? Hours(int? minutes) => minutes is null or DurationBuckets.Beyond ? null : Math.Round(minutes.Value / 60.0, 2);

    private static string MonthLabel(string key, IStringLocalizer<OversightResource> l)
    {
        var month = DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return l["MonthLabel", month.Year, month.Month];
    }
}
