using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Oversight;

/// <summary>A count under a key (a month "2026-03", a category code, a region key, a status).</summary>
public sealed record KeyedCount(string Key, long Count);

/// <summary>Median and 90th percentile as bucket bounds in minutes (<see cref="DurationBuckets"/>), of <paramref name="Count"/> tips.</summary>
public sealed record DurationFigures(long Count, int? MedianMinutes, int? P90Minutes);

public sealed record RewardFigures(long Proposed, long ProposedYuan, long Approved, long ApprovedYuan, long Paid, long PaidYuan);

/// <summary>Approved volunteer hours of a region, in minutes.</summary>
public sealed record RegionMinutes(string Region, long Minutes);

/// <summary>
/// Everything the Tips module reports to oversight for one query: aggregates only, from plaintext columns.
/// <paramref name="Regions"/> are the regions the figures cover (the actor's scope, or the one asked for).
/// </summary>
public sealed record TipOversightFigures(
    OversightQuery Query,
    IReadOnlyList<string> Regions,
    IReadOnlyList<KeyedCount> TipsByMonth,
    IReadOnlyList<KeyedCount> TipsByCategory,
    IReadOnlyList<KeyedCount> TipsByRegion,
    long Received,
    long Closed,
    long Substantiated,
    DurationFigures ToAcknowledge,
    DurationFigures ToClose,
    RewardFigures Rewards,
    IReadOnlyList<KeyedCount> VolunteersByStatus,
    IReadOnlyList<RegionMinutes> ApprovedHoursByRegion,
    DateTimeOffset? RolledUpTo)
{
    public static IReadOnlyList<VolunteerStatus> VolunteerStatuses { get; } = Enum.GetValues<VolunteerStatus>();
}
