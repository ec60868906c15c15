using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Leads;

/// <summary>
/// A volunteer's field lead goes through the public tip pipeline (<see cref="TipIntake"/>: validated, encrypted,
/// routed, prioritised), marked <see cref="TipSource.Volunteer"/>, with the volunteer's name, phone and reference
/// as the (encrypted) contact the police see. The volunteer keeps only a link to the tip and sees its status.
/// </summary>
public sealed class FieldLeads(
    VolunteersContexts contexts,
    TipsContexts tips,
    TipIntake intake,
    TimeProvider time)
{
    public async Task<Outcome> SubmitAsync(string userId, FieldLeadInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
        if (volunteer is not { Status: VolunteerStatus.Active })
        {
            return Outcome.Fail(field: "form", code: VolunteerErrors.NotActive);
        }

        var result = await intake.SubmitAsync(
            new TipSubmission
            {
                IdempotencyKey = input.IdempotencyKey,
                Category = input.Category,
                WhatHappened = input.WhatHappened,
                PlaceKey = input.PlaceKey,
                PlaceDetail = input.PlaceDetail,
                WhenDate = input.WhenDate,
                HappeningNow = input.HappeningNow,
                ChildJustMissing = input.ChildJustMissing,
                Mode = ReporterMode.Named,
                Name = volunteer.Name,
                Phone = volunteer.Phone,
                Institution = volunteer.Team ?? volunteer.Organisation,
                Role = VolunteerLeadRole(volunteer.Reference),
                FromVolunteer = true,
            },
            cancellationToken);
        if (!result.Accepted)
        {
            return Outcome.Fail(Failure.Invalid, result.Errors);
        }

        if (!result.Repeated)
        {
            context.Add(new FieldLead { Id = Guid.CreateVersion7(time.GetUtcNow()), VolunteerId = volunteer.Id, TipId = result.TipId!.Value, SubmittedAt = time.GetUtcNow() });
            await context.SaveChangesAsync(cancellationToken);
        }

        return Outcome.Ok;
    }

    /// <summary>The volunteer's own leads: date and public status only, never their content.</summary>
    public async Task<IReadOnlyList<FieldLeadStatus>> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        List<FieldLead> leads;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var volunteer = await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken);
            if (volunteer is null)
            {
                return [];
            }

            leads = await context.Set<FieldLead>().AsNoTracking().Where(l => l.VolunteerId == volunteer.Id).OrderByDescending(l => l.SubmittedAt).ToListAsync(cancellationToken);
        }

        var tipIds = leads.Select(l => l.TipId).ToList();
        await using var tipContext = await tips.CreateDbContextAsync(cancellationToken);
        var statuses = await tipContext.Set<Tip>().AsNoTracking()
            .Where(t => tipIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Status })
            .ToDictionaryAsync(t => t.Id, t => t.Status, cancellationToken);
        return [.. leads.Select(l => new FieldLeadStatus(l.SubmittedAt, TipFollowUp.PublicStatusOf(statuses.GetValueOrDefault(l.TipId, TipStatus.New))))];
    }

    /// <summary>How police recognise a volunteer lead's reporter: the volunteer's reference.</summary>
    public static string VolunteerLeadRole(string reference) => "反拐志愿者 Volunteer " + reference;
}
