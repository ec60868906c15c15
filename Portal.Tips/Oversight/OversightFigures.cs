using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Oversight;

/// <summary>
/// The Tips module's oversight figures for an actor and a query. The actor's scope is checked here, not by the
/// page: a region outside it is refused and figures never include one. Tip counts and times come from the rollup;
/// rewards, volunteers and hours (small tables) are counted directly. Nothing here reads an encrypted column.
/// </summary>
public sealed class OversightFigures(
    TipsContexts tipContexts,
    VolunteersContexts volunteerContexts,
    OversightAccess access,
    OversightRollup rollup)
{
    public async Task<OversightScope> ScopeOfAsync(OversightActor actor, CancellationToken cancellationToken = default) =>
        await access.ScopeOfAsync(actor, cancellationToken);

    public async Task<TipOversightFigures> GetAsync(OversightActor actor, OversightQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var regions = OversightAccess.Resolve(await access.ScopeOfAsync(actor, cancellationToken), query.Region);
        var regionList = OversightRegions.All.Where(regions.Contains).ToList();
        var (first, last) = (query.From.DayNumber, query.To.DayNumber);

        await using var context = await tipContexts.CreateDbContextAsync(cancellationToken);
        // Three small groupings in the database rather than every (day, region, category) row to the client.
        var inRange = context.Set<TipDayFigure>().AsNoTracking().Where(f => f.Day >= first && f.Day <= last && regionList.Contains(f.Region));
        var byDay = await inRange.GroupBy(f => f.Day).Select(g => new { Day = g.Key, Received = g.Sum(f => (long)f.Received) }).ToListAsync(cancellationToken);
        var byCategory = await inRange.GroupBy(f => f.Category).Select(g => new { Category = g.Key, Received = g.Sum(f => (long)f.Received) })
            .ToDictionaryAsync(g => g.Category, g => g.Received, StringComparer.Ordinal, cancellationToken);
        var byRegion = await inRange.GroupBy(f => f.Region)
            .Select(g => new { Region = g.Key, Received = g.Sum(f => (long)f.Received), Closed = g.Sum(f => (long)f.Closed), Substantiated = g.Sum(f => (long)f.Substantiated) })
            .ToListAsync(cancellationToken);
        var durations = await context.Set<TipDurationFigure>().AsNoTracking()
            .Where(f => f.Day >= first && f.Day <= last && regionList.Contains(f.Region))
            .GroupBy(f => new { f.Measure, f.UpperMinutes })
            .Select(g => new { g.Key.Measure, g.Key.UpperMinutes, Count = g.Sum(f => (long)f.Count) })
            .ToListAsync(cancellationToken);

        var byMonth = byDay.GroupBy(d => DateOnly.FromDayNumber(d.Day).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.Received), StringComparer.Ordinal);
        var months = MonthsOf(query).Select(m => new KeyedCount(m, byMonth.GetValueOrDefault(m))).ToList();
        var categories = TipCategory.All.Concat(byCategory.Keys.Except(TipCategory.All)).Select(c => new KeyedCount(c, byCategory.GetValueOrDefault(c))).ToList();
        var regionCounts = regionList.Select(r => new KeyedCount(r, byRegion.FirstOrDefault(g => g.Region == r)?.Received ?? 0)).ToList();

        return new TipOversightFigures(
            query,
            regionList,
            months,
            categories,
            regionCounts,
            byRegion.Sum(r => r.Received),
            byRegion.Sum(r => r.Closed),
            byRegion.Sum(r => r.Substantiated),
            Times(durations.Where(d => d.Measure == DurationMeasure.ToAcknowledge).ToDictionary(d => d.UpperMinutes, d => d.Count)),
            Times(durations.Where(d => d.Measure == DurationMeasure.ToClose).ToDictionary(d => d.UpperMinutes, d => d.Count)),
            await RewardsAsync(context, query, regions, cancellationToken),
            await VolunteersAsync(regions, cancellationToken),
            await HoursAsync(query, regionList, cancellationToken),
            await rollup.RolledUpToAsync(cancellationToken));
    }

    private static DurationFigures Times(Dictionary<int, long> counts) =>
        new(counts.Values.Sum(), DurationBuckets.Percentile(counts, 0.5), DurationBuckets.Percentile(counts, 0.9));

    private static IEnumerable<string> MonthsOf(OversightQuery query)
    {
        for (var month = new DateOnly(query.From.Year, query.From.Month, 1); month <= query.To; month = month.AddMonths(1))
        {
            yield return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Proposed, approved and paid in the range, each by the date of that step; the tip's region decides the scope.</summary>
    private static async Task<RewardFigures> RewardsAsync(TipsDbContext context, OversightQuery query, IReadOnlySet<string> regions, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Start, query.End);
        var rewards = await (from reward in context.Set<Reward>().AsNoTracking()
                             join tip in context.Set<Tip>() on reward.TipId equals tip.Id
                             where (reward.ProposedAt >= start && reward.ProposedAt < end)
                                 || (reward.DecidedAt >= start && reward.DecidedAt < end)
                                 || (reward.PaidAt >= start && reward.PaidAt < end)
                             select new { reward.Status, reward.ProposedAt, reward.DecidedAt, reward.PaidAt, reward.AmountYuan, tip.JurisdictionKey })
            .ToListAsync(cancellationToken);
        var inScope = rewards.Where(r => regions.Contains(OversightRegions.Of(r.JurisdictionKey))).ToList();
        bool In(DateTimeOffset? at) => at >= start && at < end;
        var proposed = inScope.Where(r => In(r.ProposedAt)).ToList();
        // A decision is an approval unless the reward was rejected; an approved reward that was paid stays approved.
        var approved = inScope.Where(r => In(r.DecidedAt) && r.Status is RewardStatus.Approved or RewardStatus.Paid).ToList();
        var paid = inScope.Where(r => In(r.PaidAt) && r.Status == RewardStatus.Paid).ToList();
        return new RewardFigures(
            proposed.Count, proposed.Sum(r => (long)(r.AmountYuan ?? 0)),
            approved.Count, approved.Sum(r => (long)(r.AmountYuan ?? 0)),
            paid.Count, paid.Sum(r => (long)(r.AmountYuan ?? 0)));
    }

    /// <summary>Volunteers by their status today (a snapshot: statuses have no history), in the regions asked for.</summary>
    private async Task<IReadOnlyList<KeyedCount>> VolunteersAsync(IReadOnlySet<string> regions, CancellationToken cancellationToken)
    {
        await using var context = await volunteerContexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.Set<Volunteer>().AsNoTracking()
            .GroupBy(v => new { v.PrefectureKey, v.Status })
            .Select(g => new { g.Key.PrefectureKey, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var byStatus = rows.Where(r => regions.Contains(OversightRegions.Of(r.PrefectureKey)))
            .GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        return [.. TipOversightFigures.VolunteerStatuses.Select(s => new KeyedCount(s.ToString(), byStatus.GetValueOrDefault(s)))];
    }

    /// <summary>Hours approved in the range (by the approval's date), by the region of the shift.</summary>
    private async Task<IReadOnlyList<RegionMinutes>> HoursAsync(OversightQuery query, IReadOnlyList<string> regions, CancellationToken cancellationToken)
    {
        var (start, end) = (query.Start, query.End);
        await using var context = await volunteerContexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.Set<HoursEntry>().AsNoTracking()
            .Where(h => h.State == HoursState.Approved && h.DecidedAt >= start && h.DecidedAt < end)
            .GroupBy(h => h.PrefectureKey)
            .Select(g => new { PrefectureKey = g.Key, Minutes = g.Sum(h => (long)h.Minutes) })
            .ToListAsync(cancellationToken);
        var byRegion = rows.GroupBy(r => OversightRegions.Of(r.PrefectureKey)).ToDictionary(g => g.Key, g => g.Sum(r => r.Minutes), StringComparer.Ordinal);
        return [.. regions.Select(r => new RegionMinutes(r, byRegion.GetValueOrDefault(r)))];
    }
}
