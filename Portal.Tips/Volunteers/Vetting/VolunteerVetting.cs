using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Notifications;
using Portal.Tips.Volunteers.SignUp;

namespace Portal.Tips.Volunteers.Vetting;

/// <summary>
/// The coordinator's side of vetting. Every call checks that the volunteer lives in one of the coordinator's
/// regions (<see cref="VolunteerRegions"/>), whatever page made it.
/// </summary>
public sealed class VolunteerVetting(
    VolunteersContexts contexts,
    VolunteerRegions regions,
    IVolunteerAccounts accounts,
    VolunteerRecordKeys recordKeys,
    OutcomeMailer mailer,
    TimeProvider time)
{
    public async Task<IReadOnlyList<VolunteerRow>> ListAsync(string coordinatorId, VolunteerStatus? status = null, CancellationToken cancellationToken = default)
    {
        var scope = await regions.ScopeOfAsync(coordinatorId, cancellationToken);
        if (scope.Grants.Count == 0)
        {
            return [];
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = context.Set<Volunteer>().AsNoTracking().Where(v => v.ErasedAt == null);
        if (!scope.Everything)
        {
            var prefectures = scope.Prefectures;
            var counties = scope.Counties;
            query = query.Where(v => prefectures.Contains(v.PrefectureKey) || (v.CountyKey != null && counties.Contains(v.CountyKey)));
        }

        if (status is { } wanted)
        {
            query = query.Where(v => v.Status == wanted);
        }

        var rows = await query.OrderBy(v => v.SubmittedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(VolunteerRow.Of)];
    }

    public async Task<Outcome<VolunteerDetail>> DetailAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (volunteer, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return Outcome<VolunteerDetail>.Fail(Failure.Invalid, problem.Errors);
        }

        var notes = await context.Set<VolunteerNote>().AsNoTracking().Where(n => n.VolunteerId == volunteerId).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        var qualifications = await context.Set<Qualification>().AsNoTracking().Where(q => q.VolunteerId == volunteerId).OrderBy(q => q.Kind).ToListAsync(cancellationToken);
        var idNumber = recordKeys.OpenIdNumber(volunteer!);
        return Outcome.Of<VolunteerDetail>(new VolunteerDetail(
            VolunteerRow.Of(volunteer!),
            volunteer!.Email,
            volunteer.DateOfBirth,
            volunteer.GuardianConsent,
            volunteer.GuardianName,
            volunteer.GuardianPhone,
            volunteer.Organisation,
            volunteer.Availability,
            volunteer.Motivation,
            idNumber is null ? null : idNumber[..3] + new string('*', 11) + idNumber[^4..],
            volunteer.InvitationPath,
            [.. notes.Select(n => new NoteView(n.AuthorUserId, n.Text, n.WrittenAt))],
            [.. qualifications.Select(q => new QualificationView(q.Id, q.Kind, q.ExpiresOn))]));
    }

    public Task<Outcome> StartReviewAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default) =>
        MoveAsync(coordinatorId, volunteerId, VolunteerStatus.InReview, null, cancellationToken);

    public Task<Outcome> RejectAsync(string coordinatorId, Guid volunteerId, RejectionReason reason, CancellationToken cancellationToken = default) =>
        !Enum.IsDefined(reason)
            ? Task.FromResult(Outcome.Fail(field: "reason", code: "unknown-reason"))
            : MoveAsync(coordinatorId, volunteerId, VolunteerStatus.Rejected, v => v.RejectionReason = reason, cancellationToken);

    public Task<Outcome> ActivateAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default) =>
        MoveAsync(coordinatorId, volunteerId, VolunteerStatus.Active, null, cancellationToken);

    public Task<Outcome> DeactivateAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default) =>
        MoveAsync(coordinatorId, volunteerId, VolunteerStatus.Inactive, null, cancellationToken);

    public Task<Outcome> ArchiveAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default) =>
        MoveAsync(coordinatorId, volunteerId, VolunteerStatus.Archived, null, cancellationToken);

    /// <summary>
    /// Accepts an applicant in review and gives them an account. The login is the applicant's e-mail, or the one the
    /// coordinator enters when the applicant gave none. Returns the invitation link to pass on.
    /// </summary>
    public async Task<Outcome<string>> AcceptAsync(string coordinatorId, Guid volunteerId, string? team, string? loginEmail, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (volunteer, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return Outcome<string>.Fail(Failure.Invalid, problem.Errors);
        }

        if (!VettingRules.CanMove(volunteer!.Status, VolunteerStatus.Accepted))
        {
            return Outcome<string>.Fail(field: "status", code: "invalid-transition");
        }

        var email = string.IsNullOrWhiteSpace(loginEmail) ? volunteer.Email : loginEmail.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return Outcome<string>.Fail(field: "loginEmail", code: "login-email-required");
        }

        var issued = await accounts.IssueAsync(email, volunteer.Name ?? volunteer.Reference, cancellationToken);
        if (!issued.Succeeded)
        {
            return Outcome<string>.Fail(Failure.Invalid, issued.Errors);
        }

        Apply(volunteer, VolunteerStatus.Accepted, coordinatorId);
        volunteer.Team = string.IsNullOrWhiteSpace(team) ? volunteer.Organisation : team.Trim();
        volunteer.UserId = issued.Value!.UserId;
        volunteer.InvitationPath = issued.Value.InvitationPath;
        mailer.QueueWith(context, volunteer, OutcomeMailKind.Accepted);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await accounts.RemoveAsync(issued.Value.UserId, cancellationToken);
            return Outcome<string>.Fail(field: "status", code: VolunteerErrors.Changed);
        }

        return Outcome.Of<string>(issued.Value.InvitationPath);
    }

    /// <summary>
    /// A new invitation link for an accepted volunteer who has not set a password (the old one expired or was lost);
    /// the old link stops working and, when mail is on, the new one is sent like the acceptance.
    /// </summary>
    public async Task<Outcome<string>> RenewInvitationAsync(string coordinatorId, Guid volunteerId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (volunteer, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return Outcome<string>.Fail(Failure.Invalid, problem.Errors);
        }

        if (volunteer!.Status != VolunteerStatus.Accepted || volunteer.UserId is null)
        {
            return Outcome<string>.Fail(field: "status", code: "invalid-transition");
        }

        var renewed = await accounts.RenewInvitationAsync(volunteer.UserId, cancellationToken);
        if (!renewed.Succeeded)
        {
            return renewed;
        }

        volunteer.InvitationPath = renewed.Value;
        volunteer.UpdatedAt = time.GetUtcNow();
        volunteer.Version = Guid.NewGuid();
        mailer.QueueWith(context, volunteer, OutcomeMailKind.Accepted);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<string>.Fail(field: "status", code: VolunteerErrors.Changed);
        }

        return Outcome.Of<string>(renewed.Value!);
    }

    public async Task<Outcome> AddNoteAsync(string coordinatorId, Guid volunteerId, string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome.Fail(field: "note", code: "required");
        }

        if (text.Length > 4000)
        {
            return Outcome.Fail(field: "note", code: "too-long");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        context.Add(new VolunteerNote { VolunteerId = volunteerId, AuthorUserId = coordinatorId, Text = text.Trim(), WrittenAt = time.GetUtcNow() });
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public async Task<Outcome> AddQualificationAsync(string coordinatorId, Guid volunteerId, string kind, DateOnly? expiresOn, CancellationToken cancellationToken = default)
    {
        if (!VolunteerQualifications.All.Contains(kind))
        {
            return Outcome.Fail(field: "qualification", code: "unknown-qualification");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        context.Add(new Qualification { VolunteerId = volunteerId, Kind = kind, ExpiresOn = expiresOn, RecordedBy = coordinatorId });
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    /// <summary>Loads a volunteer the coordinator may act on; "outside-region" (not "not-found") only for one that exists.</summary>
    internal async Task<(Volunteer? Volunteer, Outcome? Problem)> InScopeAsync(VolunteersDbContext context, string coordinatorId, Guid volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await context.Set<Volunteer>().SingleOrDefaultAsync(v => v.Id == volunteerId && v.ErasedAt == null, cancellationToken);
        if (volunteer is null)
        {
            return (null, Outcome.Fail(field: "volunteer", code: VolunteerErrors.NotFound));
        }

        var scope = await regions.ScopeOfAsync(coordinatorId, cancellationToken);
        return scope.Covers(volunteer.PrefectureKey, volunteer.CountyKey)
            ? (volunteer, null)
            : (null, Outcome.Fail(field: "volunteer", code: VolunteerErrors.OutsideRegion));
    }

    private async Task<Outcome> MoveAsync(string coordinatorId, Guid volunteerId, VolunteerStatus to, Action<Volunteer>? also, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (volunteer, problem) = await InScopeAsync(context, coordinatorId, volunteerId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (!VettingRules.CanMove(volunteer!.Status, to))
        {
            return Outcome.Fail(field: "status", code: "invalid-transition");
        }

        Apply(volunteer, to, coordinatorId);
        also?.Invoke(volunteer);
        if (to == VolunteerStatus.Rejected)
        {
            mailer.QueueWith(context, volunteer, OutcomeMailKind.Rejected);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Fail(field: "status", code: VolunteerErrors.Changed);
        }

        return Outcome.Ok;
    }

    private void Apply(Volunteer volunteer, VolunteerStatus to, string coordinatorId)
    {
        var now = time.GetUtcNow();
        volunteer.Status = to;
        volunteer.UpdatedAt = now;
        volunteer.Version = Guid.NewGuid();
        if (to is VolunteerStatus.Accepted or VolunteerStatus.Rejected)
        {
            volunteer.DecidedBy = coordinatorId;
            volunteer.DecidedAt = now;
        }
        else
        {
            // The link carries a password-reset token: kept only while the coordinator may still need to pass it on.
            volunteer.InvitationPath = null;
        }
    }
}

public sealed record VolunteerRow(Guid Id, string Reference, VolunteerStatus Status, RejectionReason? RejectionReason, string Name, string Phone, string PrefectureKey, string? CountyKey, string? Team, IReadOnlyList<string> Skills, DateTimeOffset SubmittedAt, bool DeletionRequested, bool HasAccount)
{
    internal static VolunteerRow Of(Volunteer v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Reference, v.Status, v.RejectionReason, v.Name ?? "", v.Phone ?? "", v.PrefectureKey, v.CountyKey, v.Team, v.SkillList, v.SubmittedAt, v.DeletionRequestedAt is not null, v.UserId is not null);
    }
}

public sealed record NoteView(string AuthorUserId, string Text, DateTimeOffset WrittenAt);

public sealed record QualificationView(long Id, string Kind, DateOnly? ExpiresOn);

public sealed record VolunteerDetail(
    VolunteerRow Row,
    string? Email,
    DateOnly? DateOfBirth,
    bool GuardianConsent,
    string? GuardianName,
    string? GuardianPhone,
    string? Organisation,
    string? Availability,
    string? Motivation,
    string? MaskedIdNumber,
    string? InvitationPath,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<QualificationView> Qualifications);
