using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Leads;

/// <summary>
/// A volunteer's field lead goes through the public tip pipeline (<see cref="TipIntake"/>: validated, encrypted,
/// routed, prioritised), marked <see cref="TipSource.Volunteer"/>, with the volunteer's name, phone and reference
/// as the (encrypted) contact the police see. The volunteer sees the lead's date and status through a keyed hash of
/// their id on the tip (<see cref="Tip.FieldLeadOf"/>): no table links a volunteer's name to a tip, and a purged tip
/// takes the link with it.
/// </summary>
public sealed class FieldLeads(
    VolunteersContexts contexts,
    TipsContexts tips,
    TipIntake intake,
    IKeyEncryptionKeyProvider keys)
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
                FieldLeadOf = LeadKey(volunteer.Id),
            },
            cancellationToken);
        if (!result.Accepted)
        {
            return Outcome.Fail(Failure.Invalid, result.Errors);
        }

        return Outcome.Ok;
    }

    /// <summary>The volunteer's own leads: date and public status only, never their content.</summary>
    public async Task<IReadOnlyList<FieldLeadStatus>> MineAsync(string userId, CancellationToken cancellationToken = default)
    {
        Guid volunteerId;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await VolunteerDirectory.OfUserAsync(context, userId, cancellationToken) is not { } volunteer)
            {
                return [];
            }

            volunteerId = volunteer.Id;
        }

        var key = LeadKey(volunteerId);
        await using var tipContext = await tips.CreateDbContextAsync(cancellationToken);
        var leads = await tipContext.Set<Tip>().AsNoTracking()
            .Where(t => t.FieldLeadOf == key)
            .OrderByDescending(t => t.ReceivedAt)
            .Select(t => new { t.ReceivedAt, t.Status })
            .ToListAsync(cancellationToken);
        return [.. leads.Select(l => new FieldLeadStatus(l.ReceivedAt, TipFollowUp.PublicStatusOf(l.Status)))];
    }

    /// <summary>An erased volunteer's leads stay with the police, no longer findable from the volunteer.</summary>
    public async Task ForgetAsync(Guid volunteerId, CancellationToken cancellationToken = default)
    {
        var key = LeadKey(volunteerId);
        await using var tipContext = await tips.CreateDbContextAsync(cancellationToken);
        await tipContext.Set<Tip>().Where(t => t.FieldLeadOf == key)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.FieldLeadOf, (byte[]?)null), cancellationToken);
    }

    private byte[] LeadKey(Guid volunteerId) => keys.KeyedHash("field-lead", volunteerId.ToByteArray());

    /// <summary>How police recognise a volunteer lead's reporter: the volunteer's reference.</summary>
    public static string VolunteerLeadRole(string reference) => "反拐志愿者 Volunteer " + reference;
}
