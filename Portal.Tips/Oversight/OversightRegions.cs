using Portal.Storage.Regions;
using Portal.Tips.Police;

namespace Portal.Tips.Oversight;

/// <summary>
/// Oversight counts by prefecture (第七条: each prefecture-level division has its joint conference). A tip counts
/// for the prefecture of the jurisdiction it is worked in (a county's tips for its prefecture); tips worked by the
/// provincial queue (another province, no place) count under <see cref="Unplaced"/>, which only the province sees.
/// </summary>
public static class OversightRegions
{
    /// <summary>Tips of the provincial queue: another province or no place given.</summary>
    public const string Unplaced = Jurisdictions.Province;

    /// <summary>Every region key in display order: the prefectures, then the provincial queue.</summary>
    public static IReadOnlyList<string> All { get; } = [.. GansuDivisions.Instance.Prefectures.Select(p => p.Key), Unplaced];

    public static string Of(string? jurisdictionOrDivisionKey) =>
        jurisdictionOrDivisionKey is null ? Unplaced : GansuDivisions.Instance.PrefectureOf(jurisdictionOrDivisionKey)?.Key ?? Unplaced;

    public static bool IsPrefecture(string key) => GansuDivisions.Instance.Find(key)?.Level == DivisionLevel.Prefecture;

    public static string Name(string key, bool chinese) =>
        key == Unplaced ? (chinese ? "省级（外省或未说明地点）" : "Province (other provinces or no place)")
        : GansuDivisions.Instance.Find(key)?.Name(chinese) ?? key;
}
