using Microsoft.EntityFrameworkCore;
using Portal.Storage.Regions;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers;

/// <summary>
/// Which regions each coordinator decides for. A grant is a prefecture, a county or <see cref="Province"/>; a
/// prefecture covers its counties. Every coordinator service checks this before acting.
/// </summary>
public sealed class VolunteerRegions(VolunteersContexts contexts)
{
    public const string Province = "province";

    public static bool IsKnown(string key) => key == Province || GansuDivisions.Instance.Find(key) is not null;

    public async Task<IReadOnlyList<string>> GrantsOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<CoordinatorRegion>().AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderBy(r => r.RegionKey)
            .Select(r => r.RegionKey)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Replaces a coordinator's regions (administrators; the demo seed).</summary>
    public async Task<Outcome> SetGrantsAsync(string userId, IReadOnlyCollection<string> regionKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(regionKeys);
        if (regionKeys.Any(k => !IsKnown(k)))
        {
            return Outcome.Fail("unknown-region");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await context.Set<CoordinatorRegion>().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        context.RemoveRange(existing.Where(r => !regionKeys.Contains(r.RegionKey)));
        context.AddRange(regionKeys.Distinct(StringComparer.Ordinal)
            .Where(k => existing.All(r => r.RegionKey != k))
            .Select(k => new CoordinatorRegion { UserId = userId, RegionKey = k }));
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>What a coordinator may act on, as a predicate over a prefecture and county.</summary>
    public async Task<RegionScope> ScopeOfAsync(string coordinatorUserId, CancellationToken cancellationToken = default) =>
        new(await GrantsOfAsync(coordinatorUserId, cancellationToken));
}

public sealed class RegionScope(IReadOnlyList<string> grants)
{
    public IReadOnlyList<string> Grants { get; } = grants;

    public bool Everything => Grants.Contains(VolunteerRegions.Province);

    public bool Covers(string prefectureKey, string? countyKey) =>
        Everything || Grants.Contains(prefectureKey) || (countyKey is not null && Grants.Contains(countyKey));

    /// <summary>The prefectures whose every county is covered (for database filters).</summary>
    public IReadOnlyList<string> Prefectures => [.. Grants.Where(k => GansuDivisions.Instance.Find(k)?.Level == DivisionLevel.Prefecture)];

    public IReadOnlyList<string> Counties => [.. Grants.Where(k => GansuDivisions.Instance.Find(k) is { Level: not DivisionLevel.Prefecture })];
}
