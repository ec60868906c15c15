using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;

namespace Portal.Tips.Oversight;

/// <summary>
/// Keeps the oversight rollup (<see cref="TipDayFigure"/>, <see cref="TipDurationFigure"/>) equal to what the tips'
/// metadata columns say. A refresh finds the days of tips updated since the last one (every change to a tip stamps
/// <see cref="Tip.UpdatedAt"/>) and rebuilds those days whole from the tips, so a day is always a recount, never a
/// running tally that could drift. Now and then it also compares each day's count with the tips, which catches tips
/// deleted by retention. Writing the rebuilt days claims the state row by its version, so of two nodes refreshing at
/// once one writes and the other counts again. Reads only plaintext columns.
/// </summary>
public sealed class OversightRollup(TipsContexts contexts, TimeProvider time, IOptions<OversightRollupOptions> options)
{
    private const int DaysPerBatch = 31;

    /// <summary>
    /// Brings the rollup up to date; returns how many days were rebuilt. The tips are read and counted first, outside
    /// any transaction; only the replacement of the rebuilt days takes the write lock, and only if no other refresh
    /// committed since this one read the state (on SQLite the write lock is the whole file's, so a long refresh must not
    /// hold it while intake and sign-in wait). If one did, its counts may predate changes this caller expects to see,
    /// so the refresh starts again from the new state. A tip changed while a refresh was counting is counted by the
    /// next one: it starts from this one's start minus the margin.
    /// </summary>
    public async Task<int> RefreshAsync(bool reconcile = false, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (await TryRefreshAsync(reconcile, cancellationToken) is { } rebuilt)
            {
                return rebuilt;
            }
        }
    }

    /// <summary>One attempt; null when another refresh committed after this one read the state.</summary>
    private async Task<int?> TryRefreshAsync(bool reconcile, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        var states = context.Set<OversightRollupState>();
        var state = await states.AsNoTracking().SingleAsync(s => s.Id == OversightRollupState.SingleId, cancellationToken);

        var since = state.RolledUpTo == DateTimeOffset.UnixEpoch ? DateTimeOffset.MinValue : state.RolledUpTo - options.Value.Margin;
        var days = new SortedSet<int>();
        await foreach (var received in context.Set<Tip>().AsNoTracking().Where(t => t.UpdatedAt >= since).Select(t => t.ReceivedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            days.Add(ChinaTime.DayOf(received).DayNumber);
        }

        reconcile |= started - state.ReconciledAt >= options.Value.ReconcileInterval;
        if (reconcile)
        {
            days.UnionWith(await MismatchedDaysAsync(context, cancellationToken));
        }

        var rebuilt = new List<(int First, int Last, ICollection<TipDayFigure> Counts, ICollection<TipDurationFigure> Durations)>();
        foreach (var batch in Batches(days))
        {
            rebuilt.Add(await CountAsync(context, batch, cancellationToken));
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Takes the state row's lock (PostgreSQL) or the write lock (SQLite); a refresh that committed since we read the
        // state has bumped the version, and then this one's counts may be older than what is stored: drop them.
        var claimed = await states.Where(s => s.Id == OversightRollupState.SingleId && s.Version == state.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        foreach (var (first, last, counts, durations) in rebuilt)
        {
            await context.Set<TipDayFigure>().Where(f => f.Day >= first && f.Day <= last).ExecuteDeleteAsync(cancellationToken);
            await context.Set<TipDurationFigure>().Where(f => f.Day >= first && f.Day <= last).ExecuteDeleteAsync(cancellationToken);
            context.AddRange(counts);
            context.AddRange(durations);
            context.ChangeTracker.DetectChanges();
            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }

        await states.Where(s => s.Id == OversightRollupState.SingleId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.RolledUpTo, started)
            .SetProperty(x => x.ReconciledAt, reconcile ? started : state.ReconciledAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return days.Count;
    }

    /// <summary>When the last refresh started: the figures include every change committed before then.</summary>
    public async Task<DateTimeOffset?> RolledUpToAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await context.Set<OversightRollupState>().AsNoTracking().SingleAsync(s => s.Id == OversightRollupState.SingleId, cancellationToken);
        return state.RolledUpTo == DateTimeOffset.UnixEpoch ? null : state.RolledUpTo;
    }

    private static async Task<IEnumerable<int>> MismatchedDaysAsync(TipsDbContext context, CancellationToken cancellationToken)
    {
        var actual = new Dictionary<int, int>();
        await foreach (var received in context.Set<Tip>().AsNoTracking().Select(t => t.ReceivedAt).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var day = ChinaTime.DayOf(received).DayNumber;
            actual[day] = actual.GetValueOrDefault(day) + 1;
        }

        var rolled = await context.Set<TipDayFigure>().GroupBy(f => f.Day).Select(g => new { Day = g.Key, Received = g.Sum(f => f.Received) })
            .ToDictionaryAsync(d => d.Day, d => d.Received, cancellationToken);
        return actual.Keys.Union(rolled.Keys).Where(day => actual.GetValueOrDefault(day) != rolled.GetValueOrDefault(day)).ToList();
    }

    /// <summary>Runs of consecutive days, at most a month each, so a rebuild reads one range of tips.</summary>
    private static IEnumerable<List<int>> Batches(SortedSet<int> days)
    {
        var batch = new List<int>();
        foreach (var day in days)
        {
            if (batch.Count > 0 && (day != batch[^1] + 1 || batch.Count == DaysPerBatch))
            {
                yield return batch;
                batch = [];
            }

            batch.Add(day);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The figures of a run of days, counted from the tips received on them.</summary>
    private static async Task<(int First, int Last, ICollection<TipDayFigure> Counts, ICollection<TipDurationFigure> Durations)> CountAsync(
        TipsDbContext context, List<int> days, CancellationToken cancellationToken)
    {
        var (first, last) = (days[0], days[^1]);

        var from = ChinaTime.StartOf(DateOnly.FromDayNumber(first));
        var to = ChinaTime.StartOf(DateOnly.FromDayNumber(last + 1));
        var counts = new Dictionary<(int Day, string Region, string Category), TipDayFigure>();
        var durations = new Dictionary<(int Day, string Region, DurationMeasure Measure, int Bound), TipDurationFigure>();
        var tips = context.Set<Tip>().AsNoTracking()
            .Where(t => t.ReceivedAt >= from && t.ReceivedAt < to)
            .Select(t => new { t.ReceivedAt, t.JurisdictionKey, t.Category, t.AcknowledgedAt, t.ClosedAt, t.Status, t.Outcome });
        await foreach (var tip in tips.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var day = ChinaTime.DayOf(tip.ReceivedAt).DayNumber;
            var region = OversightRegions.Of(tip.JurisdictionKey);
            var key = (day, region, tip.Category);
            if (!counts.TryGetValue(key, out var figure))
            {
                counts[key] = figure = new TipDayFigure { Day = day, Region = region, Category = tip.Category };
            }

            figure.Received++;
            if (tip.AcknowledgedAt is { } acknowledged)
            {
                figure.Acknowledged++;
                Add(durations, day, region, DurationMeasure.ToAcknowledge, acknowledged - tip.ReceivedAt);
            }

            if (tip.Status == TipStatus.Closed && tip.ClosedAt is { } closed)
            {
                figure.Closed++;
                figure.Substantiated += tip.Outcome == CaseOutcome.Substantiated ? 1 : 0;
                Add(durations, day, region, DurationMeasure.ToClose, closed - tip.ReceivedAt);
            }
        }

        return (first, last, counts.Values, durations.Values);
    }

    private static void Add(Dictionary<(int, string, DurationMeasure, int), TipDurationFigure> durations, int day, string region, DurationMeasure measure, TimeSpan duration)
    {
        var bound = DurationBuckets.Of(duration);
        if (!durations.TryGetValue((day, region, measure, bound), out var figure))
        {
            durations[(day, region, measure, bound)] = figure = new TipDurationFigure { Day = day, Region = region, Measure = measure, UpperMinutes = bound };
        }

        figure.Count++;
    }
}
