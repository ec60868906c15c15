using Microsoft.Extensions.Options;
using Portal.Tips.Police;
using Portal.Storage.Regions;

namespace Portal.Tips.Rewards;

public sealed record RewardLevel(string Code, string Label, string? LabelEn, int AmountYuan)
{
    public string Name(bool chinese) => chinese || string.IsNullOrWhiteSpace(LabelEn) ? Label : LabelEn;
}

public sealed record RewardOffice(string Key, string Name, string? NameEn, string? Address, string? AddressEn, string? Hours, string? HoursEn, string? Phone = null)
{
    public string DisplayName(bool chinese) => chinese || string.IsNullOrWhiteSpace(NameEn) ? Name : NameEn;

    public string? DisplayAddress(bool chinese) => chinese || string.IsNullOrWhiteSpace(AddressEn) ? Address : AddressEn;

    public string? DisplayHours(bool chinese) => chinese || string.IsNullOrWhiteSpace(HoursEn) ? Hours : HoursEn;
}

/// <summary>The configured reward levels and redemption offices (<see cref="RewardOptions"/>), validated at start-up.</summary>
public sealed class RewardSchedule(IOptions<RewardOptions> options)
{
    private readonly IReadOnlyList<RewardLevel> levels =
        [.. options.Value.Schedule.Select(l => new RewardLevel(l.Code, l.Label, l.LabelEn, l.AmountYuan))];

    private readonly Dictionary<string, RewardOffice> offices = options.Value.Offices.ToDictionary(
        o => o.Key,
        o => new RewardOffice(o.Key, o.Value.Name, o.Value.NameEn, o.Value.Address, o.Value.AddressEn, o.Value.Hours, o.Value.HoursEn),
        StringComparer.Ordinal);

    public IReadOnlyList<RewardLevel> Levels => levels;

    public RewardLevel? Level(string? code) => levels.FirstOrDefault(l => l.Code == code);

    public RewardOffice? Office(string? key) => key is not null && offices.TryGetValue(key, out var office) ? office : null;

    /// <summary>
    /// Where a reporter of a tip worked in <paramref name="jurisdictionKey"/> may redeem a claim code: the office of
    /// its county, of its prefecture, of the province, and the default, nearest first (those configured).
    /// </summary>
    public IReadOnlyList<RewardOffice> OfficesFor(string jurisdictionKey)
    {
        var keys = new List<string> { jurisdictionKey };
        if (GansuDivisions.Instance.Find(jurisdictionKey)?.ParentKey is { } prefecture)
        {
            keys.Add(prefecture);
        }

        keys.Add(Jurisdictions.Province);
        keys.Add(RewardOptions.DefaultOffice);
        return [.. keys.Distinct(StringComparer.Ordinal).Select(Office).OfType<RewardOffice>().DistinctBy(o => o.Name)];
    }
}
