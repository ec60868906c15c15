using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Portal.Storage.Regions;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Shifts;

/// <summary>
/// Opportunities and shifts. Sign-ups and cancellations change the shift row too (its confirmed count and
/// version), so two volunteers racing for the last place, or two cancellations moving the waitlist up at once,
/// are serialised by the database: the loser retries against the new state.
/// </summary>
public sealed partial class VolunteerShifts(VolunteersContexts contexts, VolunteerRegions regions, TimeProvider time)
{
    private const int MaxAttempts = 20;
    public const int MaxCapacity = 500;

    public async Task<Outcome<Guid>> CreateOpportunityAsync(string coordinatorId, OpportunityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Problem>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(Problem.Error("required", nameof(input.Title)));
        }
        else if (input.Title.Length > 200)
        {
            errors.Add(Problem.Error("too-long", nameof(input.Title)));
        }

        if ((input.Description?.Length ?? 0) > 4000)
        {
            errors.Add(Problem.Error("too-long", nameof(input.Description)));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Problem.Error("required", nameof(input.Kind)));
        }

        var place = GansuDivisions.Instance.Find(input.PlaceKey);
        if (place is null)
        {
            errors.Add(Problem.Error(string.IsNullOrEmpty(input.PlaceKey) ? "required" : "unknown-place", nameof(input.PlaceKey)));
        }

        if (errors.Count > 0)
        {
            return Outcome<Guid>.Fail(Failure.Invalid, errors);
        }

        var prefecture = place!.Level == DivisionLevel.Prefecture ? place.Key : place.ParentKey!;
        var county = place.Level == DivisionLevel.Prefecture ? null : place.Key;
        if (!(await regions.ScopeOfAsync(coordinatorId, cancellationToken)).Covers(prefecture, county))
        {
            return Outcome<Guid>.Fail(field: nameof(input.PlaceKey), code: VolunteerErrors.OutsideRegion);
        }

        var now = time.GetUtcNow();
        var opportunity = new Opportunity
        {
            Id = Guid.CreateVersion7(now),
            Kind = input.Kind,
            Title = input.Title!.Trim(),
            Description = input.Description?.Trim() ?? "",
            PrefectureKey = prefecture,
            CountyKey = county,
            CreatedBy = coordinatorId,
            CreatedAt = now,
        };
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.Add(opportunity);
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Of<Guid>(opportunity.Id);
    }

    public async Task<Outcome<Guid>> AddShiftAsync(string coordinatorId, Guid opportunityId, ShiftInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var opportunity = await context.Set<Opportunity>().SingleOrDefaultAsync(o => o.Id == opportunityId, cancellationToken);
        if (opportunity is null)
        {
            return Outcome<Guid>.Fail(field: "opportunity", code: VolunteerErrors.NotFound);
        }

        if (!(await regions.ScopeOfAsync(coordinatorId, cancellationToken)).Covers(opportunity.PrefectureKey, opportunity.CountyKey))
        {
            return Outcome<Guid>.Fail(field: "opportunity", code: VolunteerErrors.OutsideRegion);
        }

        var errors = new List<Problem>();
        if (input.Day is null)
        {
            errors.Add(Problem.Error("required", nameof(input.Day)));
        }

        if (input.Starts is null || input.Ends is null)
        {
            errors.Add(Problem.Error("required", nameof(input.Starts)));
        }
        else if (input.Ends <= input.Starts)
        {
            errors.Add(Problem.Error("ends-before-start", nameof(input.Ends)));
        }

        if (string.IsNullOrWhiteSpace(input.Place))
        {
            errors.Add(Problem.Error("required", nameof(input.Place)));
        }
        else if (input.Place.Length > 300)
        {
            errors.Add(Problem.Error("too-long", nameof(input.Place)));
        }

        if (input.Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(Problem.Error("invalid-capacity", nameof(input.Capacity)));
        }

        if (input.RequiredSkills.Any(s => !VolunteerSkills.All.Contains(s)) || input.RequiredQualifications.Any(q => !VolunteerQualifications.All.Contains(q)))
        {
            errors.Add(Problem.Error("unknown-skill", nameof(input.RequiredSkills)));
        }

        if (errors.Count > 0)
        {
            return Outcome<Guid>.Fail(Failure.Invalid, errors);
        }

        var startsAt = ChinaTime.At(input.Day!.Value, input.Starts!.Value);
        var endsAt = ChinaTime.At(input.Day.Value, input.Ends!.Value);
        if (startsAt <= time.GetUtcNow())
        {
            return Outcome<Guid>.Fail(field: nameof(input.Day), code: "in-the-past");
        }

        var shift = new Shift
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            OpportunityId = opportunityId,
            StartsAt = startsAt.ToUniversalTime(),
            EndsAt = endsAt.ToUniversalTime(),
            Place = input.Place!.Trim(),
            Capacity = input.Capacity,
            RequiredSkills = string.Join(',', input.RequiredSkills.Distinct(StringComparer.Ordinal)),
            RequiredQualifications = string.Join(',', input.RequiredQualifications.Distinct(StringComparer.Ordinal)),
            Version = Guid.NewGuid(),
        };
        context.Add(shift);
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Of<Guid>(shift.Id);
    }

    /// <summary>The coordinator's opportunities (all in their regions) with every shift.</summary>
    public async Task<IReadOnlyList<OpportunityView>> OpportunitiesForCoordinatorAsync(string coordinatorId, CancellationToken cancellationToken = default)
    {
        var scope = await regions.ScopeOfAsync(coordinatorId, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var opportunities = await context.Set<Opportunity>().AsNoTracking().Include(o => o.Shifts).OrderByDescending(o => o.CreatedAt).ToListAsync(cancellationToken);
        var mine = opportunities.Where(o => scope.Covers(o.PrefectureKey, o.CountyKey)).ToList();
        var waitlisted = await WaitlistCountsAsync(context, [.. mine.SelectMany(o => o.Shifts).Select(s => s.Id)], cancellationToken);
        return [.. mine.Select(o => new OpportunityView(o.Id, o.Kind, o.Title, o.Description, o.PrefectureKey, o.CountyKey,
            [.. o.Shifts.OrderBy(s => s.StartsAt).Select(s => View(o, s, waitlisted.GetValueOrDefault(s.Id), null))]))];
    }

    /// <summary>Shifts that have not started yet, for an active volunteer, with their own sign-up state.</summary>
    public async Task<IReadOnlyList<ShiftView>> UpcomingForVolunteerAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (volunteer is null)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var shifts = await context.Set<Shift>().AsNoTracking().Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt).Take(200).ToListAsync(cancellationToken);
        return await ViewsAsync(context, volunteer.Id, shifts, cancellationToken);
    }

    /// <summary>Every shift the volunteer signed up for (past ones too: hours are logged there).</summary>
    public async Task<IReadOnlyList<ShiftView>> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (volunteer is null)
        {
            return [];
        }

        var shiftIds = context.Set<ShiftSignup>().Where(s => s.VolunteerId == volunteer.Id).Select(s => s.ShiftId);
        var shifts = await context.Set<Shift>().AsNoTracking().Where(s => shiftIds.Contains(s.Id)).OrderByDescending(s => s.StartsAt).ToListAsync(cancellationToken);
        return await ViewsAsync(context, volunteer.Id, shifts, cancellationToken);
    }

    public async Task<Outcome<IReadOnlyList<RosterEntry>>> RosterAsync(string coordinatorId, Guid shiftId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var problem = await CoordinatorShiftProblemAsync(context, coordinatorId, shiftId, cancellationToken);
        if (problem is not null)
        {
            return Outcome<IReadOnlyList<RosterEntry>>.Fail(Failure.Invalid, problem.Errors);
        }

        var roster = await (from signup in context.Set<ShiftSignup>().AsNoTracking()
                            join volunteer in context.Set<Volunteer>() on signup.VolunteerId equals volunteer.Id
                            where signup.ShiftId == shiftId
                            orderby signup.SignedUpAt
                            select new { signup, volunteer.Name, volunteer.Reference }).ToListAsync(cancellationToken);
        return Outcome.Of<IReadOnlyList<RosterEntry>>([.. roster
            .OrderBy(r => r.signup.State).ThenBy(r => r.signup.SignedUpAt)
            .Select(r => new RosterEntry(r.signup.VolunteerId, r.Name ?? "—", r.Reference, r.signup.State, r.signup.SignedUpAt))]);
    }

    internal async Task<Outcome?> CoordinatorShiftProblemAsync(VolunteersDbContext context, string coordinatorId, Guid shiftId, CancellationToken cancellationToken)
    {
        var opportunity = await (from shift in context.Set<Shift>()
                                 join o in context.Set<Opportunity>() on shift.OpportunityId equals o.Id
                                 where shift.Id == shiftId
                                 select new { o.PrefectureKey, o.CountyKey }).SingleOrDefaultAsync(cancellationToken);
        if (opportunity is null)
        {
            return Outcome.Fail(field: "shift", code: VolunteerErrors.NotFound);
        }

        return (await regions.ScopeOfAsync(coordinatorId, cancellationToken)).Covers(opportunity.PrefectureKey, opportunity.CountyKey)
            ? null
            : Outcome.Fail(field: "shift", code: VolunteerErrors.OutsideRegion);
    }

    private static async Task<Dictionary<Guid, int>> WaitlistCountsAsync(VolunteersDbContext context, IReadOnlyList<Guid> shiftIds, CancellationToken cancellationToken) =>
        await context.Set<ShiftSignup>().AsNoTracking()
            .Where(s => shiftIds.Contains(s.ShiftId) && s.State == SignupState.Waitlisted)
            .GroupBy(s => s.ShiftId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static async Task<IReadOnlyList<ShiftView>> ViewsAsync(VolunteersDbContext context, Guid volunteerId, List<Shift> shifts, CancellationToken cancellationToken)
    {
        var ids = shifts.Select(s => s.Id).ToList();
        var opportunityIds = shifts.Select(s => s.OpportunityId).Distinct().ToList();
        var opportunities = await context.Set<Opportunity>().AsNoTracking().Where(o => opportunityIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var mine = await context.Set<ShiftSignup>().AsNoTracking().Where(s => s.VolunteerId == volunteerId && ids.Contains(s.ShiftId)).ToDictionaryAsync(s => s.ShiftId, s => s.State, cancellationToken);
        var waitlisted = await WaitlistCountsAsync(context, ids, cancellationToken);
        return [.. shifts.Select(s => View(opportunities[s.OpportunityId], s, waitlisted.GetValueOrDefault(s.Id), mine.TryGetValue(s.Id, out var state) ? state : null))];
    }

    private static ShiftView View(Opportunity o, Shift s, int waitlisted, SignupState? mine) =>
        new(s.Id, o.Id, o.Title, o.Kind, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.Confirmed, waitlisted, s.RequiredSkillList, s.RequiredQualificationList, mine);
}
