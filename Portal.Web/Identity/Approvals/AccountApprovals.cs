using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Web.Identity.Data;

namespace Portal.Web.Identity.Approvals;

/// <summary>
/// The two-person rule: a security administrator (or, for an authenticator reset, a system administrator) asks; a
/// different security administrator approves or rejects; only an approval changes the account. Every request and
/// decision goes into the audit chain, and so does the change it makes.
/// </summary>
public sealed class AccountApprovals(
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<PortalIdentityDbContext> contexts,
    OfficerGrants grants,
    TipAuditLog audit,
    TimeProvider time)
{
    public sealed record ApprovalView(
        Guid Id, string Kind, string TargetUserId, string TargetName, IReadOnlyList<string> Requested, string RequestedBy, string RequesterName, DateTimeOffset RequestedAt);

    public static class Codes
    {
        public const string NotFound = "approval-not-found";
        public const string OwnRequest = "own-request";
        public const string OwnAccount = "own-account";
    }

    /// <summary>Records a request (replacing an undecided one of the same kind for the same user) and audits it.</summary>
    internal async Task<Guid> RequestAsync(string requestedBy, string kind, string targetUserId, IReadOnlyList<string> requested)
    {
        var approval = new PendingApproval
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            TargetUserId = targetUserId,
            Requested = string.Join(',', requested),
            RequestedBy = requestedBy,
            RequestedAt = time.GetUtcNow(),
            Version = Guid.NewGuid(),
        };
        await using (var context = await contexts.CreateDbContextAsync())
        {
            var earlier = await context.PendingApprovals
                .Where(a => a.TargetUserId == targetUserId && a.Kind == kind && a.State == ApprovalStates.Pending)
                .ToListAsync();
            foreach (var replaced in earlier)
            {
                replaced.State = ApprovalStates.Superseded;
                replaced.Version = Guid.NewGuid();
            }

            context.PendingApprovals.Add(approval);
            await context.SaveChangesAsync();
        }

        var action = kind switch
        {
            ApprovalKinds.Roles => AccountAuditActions.RoleRequest,
            ApprovalKinds.Grants => AccountAuditActions.GrantRequest,
            _ => AccountAuditActions.AuthenticatorResetRequest,
        };
        await audit.AppendAsync(new AuditRecord(requestedBy, action, null, $"request={approval.Id}; user={targetUserId}; requested={approval.Requested}"));
        return approval.Id;
    }

    /// <summary>Undecided requests, oldest first: what the approvals page lists.</summary>
    public async Task<IReadOnlyList<ApprovalView>> PendingAsync(ClaimsPrincipal actor)
    {
        EnsureSecurityAdministrator(actor);
        await using var context = await contexts.CreateDbContextAsync();
        var pending = await context.PendingApprovals.AsNoTracking()
            .Where(a => a.State == ApprovalStates.Pending)
            .OrderBy(a => a.RequestedAt)
            .ToListAsync();
        var ids = pending.SelectMany(a => new[] { a.TargetUserId, a.RequestedBy }).Distinct().ToList();
        var names = await context.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? $"{u.DisplayName} <{u.Email}>" : u.Email ?? u.Id);
        return [.. pending.Select(a => new ApprovalView(
            a.Id, a.Kind, a.TargetUserId, names.GetValueOrDefault(a.TargetUserId, a.TargetUserId), a.RequestedValues,
            a.RequestedBy, names.GetValueOrDefault(a.RequestedBy, a.RequestedBy), a.RequestedAt))];
    }

    /// <summary>Whether a user has an undecided request of this kind (the users page marks it).</summary>
    public async Task<IReadOnlySet<string>> UsersAwaitingAsync(string kind)
    {
        await using var context = await contexts.CreateDbContextAsync();
        return (await context.PendingApprovals.AsNoTracking()
            .Where(a => a.Kind == kind && a.State == ApprovalStates.Pending)
            .Select(a => a.TargetUserId)
            .ToListAsync()).ToHashSet(StringComparer.Ordinal);
    }

    public Task<Outcome> ApproveAsync(ClaimsPrincipal actor, Guid approvalId) => DecideAsync(actor, approvalId, approve: true);

    public Task<Outcome> RejectAsync(ClaimsPrincipal actor, Guid approvalId) => DecideAsync(actor, approvalId, approve: false);

    private async Task<Outcome> DecideAsync(ClaimsPrincipal actor, Guid approvalId, bool approve)
    {
        var deciderId = EnsureSecurityAdministrator(actor);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await using var context = await contexts.CreateDbContextAsync();
        var approval = await context.PendingApprovals.FirstOrDefaultAsync(a => a.Id == approvalId && a.State == ApprovalStates.Pending);
        if (approval is null)
        {
            return Outcome.Fail(Codes.NotFound, failure: Failure.NotFound);
        }

        if (approval.RequestedBy == deciderId)
        {
            return Outcome.Fail(Codes.OwnRequest, failure: Failure.Forbidden);
        }

        if (approval.TargetUserId == deciderId)
        {
            return Outcome.Fail(Codes.OwnAccount, failure: Failure.Forbidden);
        }

        var target = await users.FindByIdAsync(approval.TargetUserId);
        if (target is null)
        {
            return Outcome.Fail(UserAdministration.Codes.UserNotFound, failure: Failure.NotFound);
        }

        if (approve && approval.Kind == ApprovalKinds.Roles && RoleRules.Conflict(approval.RequestedValues) is { } conflict)
        {
            return Outcome.Fail(conflict, "roles");
        }

        approval.State = approve ? ApprovalStates.Approved : ApprovalStates.Rejected;
        approval.DecidedBy = deciderId;
        approval.DecidedAt = time.GetUtcNow();
        approval.Version = Guid.NewGuid();
        try
        {
            // Claiming the request first: of two administrators deciding at once, only one goes on to change the account.
            await context.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Fail(Codes.NotFound, failure: Failure.Conflict);
        }

        var detail = $"request={approval.Id}; kind={approval.Kind}; user={approval.TargetUserId}; requested-by={approval.RequestedBy}; requested={approval.Requested}";
        await audit.AppendAsync(new AuditRecord(deciderId, approve ? AccountAuditActions.Approve : AccountAuditActions.Reject, null, detail));
        return approve ? await ApplyAsync(users, target, approval, deciderId) : Outcome.Ok;
    }

    private async Task<Outcome> ApplyAsync(UserManager<PortalUser> users, PortalUser target, PendingApproval approval, string approverId)
    {
        switch (approval.Kind)
        {
            case ApprovalKinds.Roles:
                return await UserAdministration.ReplaceRolesAsync(users, target, approval.RequestedValues, approverId, audit);
            case ApprovalKinds.Grants:
                return await grants.SetGrantsAsync(approverId, target.Id, approval.RequestedValues);
            default:
                return await AuthenticatorReset.ResetAsync(users, target, approverId, audit);
        }
    }

    private static string EnsureSecurityAdministrator(ClaimsPrincipal actor) =>
        actor.IsInRole(PortalRoles.SecurityAdministrator) && actor.SignedInWithSecondFactor() && actor.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? id
            : throw new UnauthorizedAccessException("Only a security administrator signed in with a second factor may decide approvals.");
}
