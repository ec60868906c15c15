using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Portal.Storage.Regions;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Shifts;

public sealed partial class VolunteerShifts
{
    /// <summary>
    /// Signs the volunteer up. A full shift is refused ("shift-full") unless <paramref name="joinWaitlist"/> is set,
    /// in which case the volunteer is placed on its waitlist.
    /// </summary>
    public async Task<Outcome<SignupState>> SignUpAsync(string userId, Guid shiftId, bool joinWaitlist, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
            if (volunteer is null || volunteer.Status != VolunteerStatus.Active)
            {
                return Outcome<SignupState>.Fail(field: "shift", code: VolunteerErrors.NotActive);
            }

            var shift = await context.Set<Shift>().SingleOrDefaultAsync(s => s.Id == shiftId, cancellationToken);
            if (shift is null)
            {
                return Outcome<SignupState>.Fail(field: "shift", code: VolunteerErrors.NotFound);
            }

            var problem = await EligibilityProblemAsync(context, volunteer, shift, cancellationToken);
            if (problem is not null)
            {
                return Outcome<SignupState>.Fail(field: "shift", code: problem);
            }

            var signup = await context.Set<ShiftSignup>().SingleOrDefaultAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteer.Id, cancellationToken);
            if (signup is { State: not SignupState.Cancelled })
            {
                return Outcome<SignupState>.Fail(field: "shift", code: "already-signed-up");
            }

            SignupState state;
            if (shift.Confirmed < shift.Capacity)
            {
                state = SignupState.Confirmed;
                shift.Confirmed++;
            }
            else if (joinWaitlist)
            {
                state = SignupState.Waitlisted;
            }
            else
            {
                return Outcome<SignupState>.Fail(field: "shift", code: "shift-full");
            }

            shift.Version = Guid.NewGuid();
            if (signup is null)
            {
                context.Add(new ShiftSignup { ShiftId = shiftId, VolunteerId = volunteer.Id, State = state, SignedUpAt = time.GetUtcNow() });
            }
            else
            {
                signup.State = state;
                signup.SignedUpAt = time.GetUtcNow();
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return Outcome.Of<SignupState>(state);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else changed the shift (or signed this volunteer up) first: decide again on the new state.
                await Task.Delay(Random.Shared.Next(5, 25), cancellationToken);
            }
        }
    }

    /// <summary>Cancels before the shift starts; a confirmed place goes to the longest-waiting volunteer.</summary>
    public async Task<Outcome> CancelAsync(string userId, Guid shiftId, CancellationToken cancellationToken = default)
    {
        Guid? volunteerId;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            volunteerId = (await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken))?.Id;
        }

        return volunteerId is null ? Outcome.Fail(field: "shift", code: VolunteerErrors.NotFound) : await CancelForAsync(volunteerId.Value, shiftId, cancellationToken);
    }

    internal async Task<Outcome> CancelForAsync(Guid volunteerId, Guid shiftId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var shift = await context.Set<Shift>().SingleOrDefaultAsync(s => s.Id == shiftId, cancellationToken);
            var signup = shift is null
                ? null
                : await context.Set<ShiftSignup>().SingleOrDefaultAsync(s => s.ShiftId == shiftId && s.VolunteerId == volunteerId && s.State != SignupState.Cancelled, cancellationToken);
            if (signup is null)
            {
                return Outcome.Fail(field: "shift", code: VolunteerErrors.NotFound);
            }

            if (shift!.StartsAt <= time.GetUtcNow())
            {
                return Outcome.Fail(field: "shift", code: "shift-started");
            }

            if (signup.State == SignupState.Confirmed)
            {
                shift.Confirmed--;
                var next = await context.Set<ShiftSignup>()
                    .Where(s => s.ShiftId == shiftId && s.State == SignupState.Waitlisted)
                    .OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id)
                    .FirstOrDefaultAsync(cancellationToken);
                if (next is not null)
                {
                    next.State = SignupState.Confirmed;
                    shift.Confirmed++;
                }
            }

            signup.State = SignupState.Cancelled;
            shift.Version = Guid.NewGuid();
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return Outcome.Ok;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another change to the shift won (or the database chose this transaction as a deadlock victim).
                await Task.Delay(Random.Shared.Next(5, 25), cancellationToken);
            }
        }
    }

    private async Task<string?> EligibilityProblemAsync(VolunteersDbContext context, Volunteer volunteer, Shift shift, CancellationToken cancellationToken)
    {
        if (shift.StartsAt <= time.GetUtcNow())
        {
            return "shift-started";
        }

        if (shift.RequiredSkillList.Except(volunteer.SkillList).Any())
        {
            return "missing-skill";
        }

        if (shift.RequiredQualificationList.Count > 0)
        {
            // Valid today and still on the shift's day.
            var validThrough = new[] { ChinaTime.Today(time), ChinaTime.DayOf(shift.EndsAt) }.Max();
            var held = await context.Set<Qualification>().AsNoTracking().Where(q => q.VolunteerId == volunteer.Id).ToListAsync(cancellationToken);
            foreach (var required in shift.RequiredQualificationList)
            {
                var matching = held.Where(q => q.Kind == required).ToList();
                if (matching.Count == 0)
                {
                    return "missing-qualification";
                }

                if (!matching.Any(q => q.ExpiresOn is null || q.ExpiresOn >= validThrough))
                {
                    return "qualification-lapsed";
                }
            }
        }

        var overlapping = await (from signup in context.Set<ShiftSignup>()
                                 join other in context.Set<Shift>() on signup.ShiftId equals other.Id
                                 where signup.VolunteerId == volunteer.Id && signup.State != SignupState.Cancelled && other.Id != shift.Id
                                       && other.StartsAt < shift.EndsAt && other.EndsAt > shift.StartsAt
                                 select other.Id).AnyAsync(cancellationToken);
        return overlapping ? "overlapping-shift" : null;
    }
}
