using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Shifts;

namespace Portal.Tips.Volunteers.Hours;

/// <summary>
/// Hours per shift: the volunteer logs them after a shift they had a confirmed place on; a coordinator of the
/// shift's region approves or rejects them. An approved entry is final: nobody can change it afterwards.
/// </summary>
public sealed class VolunteerHours(VolunteersContexts contexts, VolunteerRegions regions, VolunteerShifts shifts, TimeProvider time)
{
    public async Task<Outcome> LogAsync(string userId, Guid shiftId, decimal hours, string? note, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (volunteer is null)
        {
            return Outcome.Fail(field: "shift", code: VolunteerErrors.NotActive);
        }

        var shift = await context.Set<Shift>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == shiftId, cancellationToken);
        var attended = shift is not null && await context.Set<ShiftSignup>()
            .AnyAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteer.Id && s.State == SignupState.Confirmed, cancellationToken);
        if (!attended)
        {
            return Outcome.Fail(field: "shift", code: "not-attended");
        }

        if (shift!.EndsAt > time.GetUtcNow())
        {
            return Outcome.Fail(field: "shift", code: "shift-not-over");
        }

        var minutes = (int)Math.Round(hours * 60m, MidpointRounding.AwayFromZero);
        if (minutes <= 0 || minutes > (shift.EndsAt - shift.StartsAt).TotalMinutes)
        {
            return Outcome.Fail(field: "hours", code: "hours-out-of-range");
        }

        if (note?.Length > 1000)
        {
            return Outcome.Fail(field: "note", code: "too-long");
        }

        var opportunity = await context.Set<Opportunity>().AsNoTracking().SingleAsync(o => o.Id == shift.OpportunityId, cancellationToken);
        var entry = await context.Set<HoursEntry>().SingleOrDefaultAsync(h => h.ShiftId == shiftId && h.VolunteerId == volunteer.Id, cancellationToken);
        if (entry?.State == HoursState.Approved)
        {
            return Outcome.Fail(field: "hours", code: "hours-approved");
        }

        if (entry is null)
        {
            entry = new HoursEntry { ShiftId = shiftId, VolunteerId = volunteer.Id };
            context.Add(entry);
        }

        entry.Minutes = minutes;
        entry.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        entry.State = HoursState.Pending;
        entry.LoggedAt = time.GetUtcNow();
        entry.PrefectureKey = opportunity.PrefectureKey;
        entry.Team = volunteer.Team;
        entry.DecidedBy = null;
        entry.DecidedAt = null;
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Outcome.Fail(field: "hours", code: VolunteerErrors.Changed);
        }

        return Outcome.Ok;
    }

    public Task<Outcome> ApproveAsync(string coordinatorId, long entryId, CancellationToken cancellationToken = default) =>
        DecideAsync(coordinatorId, entryId, HoursState.Approved, cancellationToken);

    public Task<Outcome> RejectAsync(string coordinatorId, long entryId, CancellationToken cancellationToken = default) =>
        DecideAsync(coordinatorId, entryId, HoursState.Rejected, cancellationToken);

    /// <summary>Entries waiting for a decision in the coordinator's regions.</summary>
    public async Task<IReadOnlyList<HoursRow>> PendingAsync(string coordinatorId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await RowsAsync(context, context.Set<HoursEntry>().Where(h => h.State == HoursState.Pending), cancellationToken);
        var allowed = new List<HoursRow>();
        foreach (var row in rows)
        {
            if (await shifts.CoordinatorShiftProblemAsync(context, coordinatorId, row.ShiftId, cancellationToken) is null)
            {
                allowed.Add(row);
            }
        }

        return allowed;
    }

    public async Task<IReadOnlyList<HoursRow>> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        return volunteer is null ? [] : await RowsAsync(context, context.Set<HoursEntry>().Where(h => h.VolunteerId == volunteer.Id), cancellationToken);
    }

    /// <summary>Approved hours per volunteer, team and region (prefecture) in the coordinator's regions; erased volunteers count anonymously.</summary>
    public async Task<HoursTotals> TotalsAsync(string coordinatorId, CancellationToken cancellationToken = default)
    {
        var scope = await regions.ScopeOfAsync(coordinatorId, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var approved = await (from h in context.Set<HoursEntry>().AsNoTracking()
                              join v in context.Set<Volunteer>() on h.VolunteerId equals v.Id
                              where h.State == HoursState.Approved
                              select new { h.Minutes, h.PrefectureKey, h.Team, v.Id, v.Name, v.Reference, v.CountyKey, VolunteerPrefecture = v.PrefectureKey }).ToListAsync(cancellationToken);
        var visible = approved.Where(a => scope.Covers(a.PrefectureKey, null) || scope.Covers(a.VolunteerPrefecture, a.CountyKey)).ToList();
        return new HoursTotals(
            [.. visible.GroupBy(a => a.Id).Select(g => new HoursTotal(g.First().Name ?? g.First().Reference, g.Sum(a => a.Minutes), g.First().Name is null)).OrderByDescending(t => t.Minutes)],
            [.. visible.GroupBy(a => a.Team ?? "").Select(g => new HoursTotal(g.Key, g.Sum(a => a.Minutes), false)).OrderByDescending(t => t.Minutes)],
            [.. visible.GroupBy(a => a.PrefectureKey).Select(g => new HoursTotal(g.Key, g.Sum(a => a.Minutes), false)).OrderByDescending(t => t.Minutes)]);
    }

    private async Task<Outcome> DecideAsync(string coordinatorId, long entryId, HoursState decision, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await context.Set<HoursEntry>().SingleOrDefaultAsync(h => h.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return Outcome.Fail(field: "hours", code: VolunteerErrors.NotFound);
        }

        if (await shifts.CoordinatorShiftProblemAsync(context, coordinatorId, entry.ShiftId, cancellationToken) is { } problem)
        {
            return problem;
        }

        if (entry.State != HoursState.Pending)
        {
            return Outcome.Fail(field: "hours", code: entry.State == HoursState.Approved ? "hours-approved" : "hours-not-pending");
        }

        // Only a pending row changes, in one statement: an approval racing an edit by the volunteer cannot be lost.
        var now = time.GetUtcNow();
        var changed = await context.Set<HoursEntry>()
            .Where(h => h.Id == entryId && h.State == HoursState.Pending && h.Minutes == entry.Minutes)
            .ExecuteUpdateAsync(set => set
                .SetProperty(h => h.State, decision)
                .SetProperty(h => h.DecidedBy, coordinatorId)
                .SetProperty(h => h.DecidedAt, now), cancellationToken);
        return changed == 1 ? Outcome.Ok : Outcome.Fail(field: "hours", code: VolunteerErrors.Changed);
    }

    private static async Task<IReadOnlyList<HoursRow>> RowsAsync(VolunteersDbContext context, IQueryable<HoursEntry> entries, CancellationToken cancellationToken)
    {
        var rows = await (from h in entries.AsNoTracking()
                          join s in context.Set<Shift>() on h.ShiftId equals s.Id
                          join o in context.Set<Opportunity>() on s.OpportunityId equals o.Id
                          join v in context.Set<Volunteer>() on h.VolunteerId equals v.Id
                          orderby s.StartsAt descending
                          select new { h, s.StartsAt, s.EndsAt, o.Title, v.Name, v.Reference }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new HoursRow(r.h.Id, r.h.ShiftId, r.Title, r.StartsAt, r.EndsAt, r.Name ?? r.Reference, r.h.Minutes, r.h.Note, r.h.State))];
    }
}

public sealed record HoursRow(long Id, Guid ShiftId, string Opportunity, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Volunteer, int Minutes, string? Note, HoursState State);

public sealed record HoursTotal(string Key, int Minutes, bool Anonymous);

public sealed record HoursTotals(IReadOnlyList<HoursTotal> PerVolunteer, IReadOnlyList<HoursTotal> PerTeam, IReadOnlyList<HoursTotal> PerRegion);
