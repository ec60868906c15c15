using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Leads;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Shifts;
using Portal.Tips.Volunteers.SignUp;
using Portal.Tips.Volunteers.Vetting;

namespace Portal.Tips.Volunteers.Privacy;

/// <summary>
/// A volunteer's copy of their data, and erasure on request: the volunteer asks, a coordinator of their region
/// completes it. Erasure clears every personal field and removes the account; the approved hours stay, without a
/// name, so team and region totals do not change.
/// </summary>
public sealed class VolunteerPrivacy(
    VolunteersContexts contexts,
    VolunteerRegions regions,
    VolunteerShifts shifts,
    VolunteerRecordKeys recordKeys,
    FieldLeads leads,
    IVolunteerAccounts accounts,
    TimeProvider time)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Everything stored about the signed-in volunteer, as JSON; null when they have no volunteer record.</summary>
    public async Task<string?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var v = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (v is null)
        {
            return null;
        }

        var qualifications = await context.Set<Qualification>().AsNoTracking().Where(q => q.VolunteerId == v.Id)
            .Select(q => new { q.Kind, q.ExpiresOn }).ToListAsync(cancellationToken);
        var signups = await (from s in context.Set<ShiftSignup>().AsNoTracking()
                             join shift in context.Set<Shift>() on s.ShiftId equals shift.Id
                             join o in context.Set<Opportunity>() on shift.OpportunityId equals o.Id
                             where s.VolunteerId == v.Id
                             select new { Opportunity = o.Title, shift.StartsAt, shift.EndsAt, shift.Place, s.State, s.SignedUpAt }).ToListAsync(cancellationToken);
        var hours = await (from h in context.Set<HoursEntry>().AsNoTracking()
                           join shift in context.Set<Shift>() on h.ShiftId equals shift.Id
                           where h.VolunteerId == v.Id
                           select new { shift.StartsAt, Hours = h.Minutes / 60m, h.Note, h.State, h.LoggedAt }).ToListAsync(cancellationToken);
        var evaluations = await (from e in context.Set<ShiftEvaluation>().AsNoTracking()
                                 join shift in context.Set<Shift>() on e.ShiftId equals shift.Id
                                 where e.VolunteerId == v.Id
                                 select new { shift.StartsAt, e.Rating, e.Feedback }).ToListAsync(cancellationToken);
        var data = new
        {
            ExportedAt = time.GetUtcNow(),
            Profile = new
            {
                v.Reference,
                v.Status,
                v.Name,
                v.Phone,
                v.Email,
                v.DateOfBirth,
                v.GuardianConsent,
                v.GuardianName,
                v.GuardianPhone,
                v.PrefectureKey,
                v.CountyKey,
                v.Organisation,
                Skills = v.SkillList,
                v.Availability,
                v.Motivation,
                IdNumber = recordKeys.OpenIdNumber(v),
                v.Team,
                v.SubmittedAt,
                v.ConsentedAt,
                v.DeletionRequestedAt,
            },
            Qualifications = qualifications,
            Shifts = signups,
            Hours = hours,
            Evaluations = evaluations,
            // Only dates and statuses: the content of a tip is the police's, not the volunteer's to download.
            FieldLeads = await leads.MineAsync(userId, cancellationToken),
        };
        return JsonSerializer.Serialize(data, JsonOptions);
    }

    public async Task<Outcome> RequestDeletionAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (volunteer is null)
        {
            return Outcome.Fail(field: "form", code: VolunteerErrors.NotFound);
        }

        volunteer.DeletionRequestedAt ??= time.GetUtcNow();
        volunteer.Version = Guid.NewGuid();
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<bool> DeletionRequestedAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return (await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken))?.DeletionRequestedAt is not null;
    }

    /// <summary>Erases a volunteer who asked for it. Coordinators of the volunteer's region only.</summary>
    public async Task<Outcome> CompleteDeletionAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default)
    {
        List<Guid> upcoming;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var volunteer = await context.Set<Volunteer>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == volunteerId && v.ErasedAt == null, cancellationToken);
            if (volunteer is null)
            {
                return Outcome.Fail(field: "volunteer", code: VolunteerErrors.NotFound);
            }

            if (!(await regions.ScopeOfAsync(coordinatorId, cancellationToken)).Covers(volunteer.PrefectureKey, volunteer.CountyKey))
            {
                return Outcome.Fail(field: "volunteer", code: VolunteerErrors.OutsideRegion);
            }

            if (volunteer.DeletionRequestedAt is null)
            {
                return Outcome.Fail(field: "volunteer", code: "deletion-not-requested");
            }

            var now = time.GetUtcNow();
            upcoming = await (from s in context.Set<ShiftSignup>()
                              join shift in context.Set<Shift>() on s.ShiftId equals shift.Id
                              where s.VolunteerId == volunteerId && s.State != SignupState.Cancelled && shift.StartsAt > now
                              select s.ShiftId).ToListAsync(cancellationToken);
        }

        // Future places go to the waitlist first, as if the volunteer had cancelled.
        foreach (var shiftId in upcoming)
        {
            await shifts.CancelForAsync(volunteerId, shiftId, cancellationToken);
        }

        await leads.ForgetAsync(volunteerId, cancellationToken);
        string? userId;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var volunteer = await context.Set<Volunteer>().SingleAsync(v => v.Id == volunteerId, cancellationToken);
            userId = volunteer.UserId;
            await context.Set<VolunteerNote>().Where(n => n.VolunteerId == volunteerId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<Qualification>().Where(q => q.VolunteerId == volunteerId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<ShiftEvaluation>().Where(e => e.VolunteerId == volunteerId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<ShiftSignup>().Where(s => s.VolunteerId == volunteerId && s.State != SignupState.Confirmed).ExecuteDeleteAsync(cancellationToken);
            await context.Set<HoursEntry>().Where(h => h.VolunteerId == volunteerId).ExecuteUpdateAsync(set => set.SetProperty(h => h.Note, (string?)null), cancellationToken);
            volunteer.Name = null;
            volunteer.Phone = null;
            volunteer.Email = null;
            volunteer.DateOfBirth = null;
            volunteer.GuardianConsent = false;
            volunteer.GuardianName = null;
            volunteer.GuardianPhone = null;
            volunteer.Organisation = null;
            volunteer.Skills = "";
            volunteer.Availability = null;
            volunteer.Motivation = null;
            volunteer.WrappedDataKey = null;
            volunteer.EncryptedIdNumber = null;
            volunteer.IdNumberHash = null;
            volunteer.UserId = null;
            volunteer.InvitationPath = null;
            volunteer.Status = VolunteerStatus.Archived;
            volunteer.ErasedAt = time.GetUtcNow();
            volunteer.UpdatedAt = volunteer.ErasedAt.Value;
            volunteer.Version = Guid.NewGuid();
            await context.SaveChangesAsync(cancellationToken);
        }

        if (userId is not null)
        {
            await accounts.RemoveAsync(userId, cancellationToken);
        }

        return Outcome.Ok;
    }
}
