using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Web.Identity.Approvals;

namespace Portal.Web.Identity;

/// <summary>
/// Staff accounts, roles and jurisdiction grants, split by separation of duties (三权分立): the system administrator
/// invites, locks and unlocks accounts and asks for authenticator resets; the security administrator sets roles and
/// grants. Nobody changes their own roles or grants; police and administrator roles and prefecture- or province-wide
/// grants wait for a second security administrator (<see cref="AccountApprovals"/>). Every change is in the audit chain.
/// Each call uses its own scope, because an interactive staff page lives much longer than one operation.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopeFactory, OfficerGrants grants, AccountApprovals approvals, TipAuditLog audit, TimeProvider time)
{
    public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool LockedOut, bool InvitationPending);

    public sealed record Invitation(string Email, string DisplayName);

    /// <summary>Whether a change took effect or waits for a second security administrator.</summary>
    public enum ChangeState
    {
        Applied,
        AwaitingApproval,
    }

    /// <summary>The error codes this service returns; the page words them (<c>Users_Error_…</c>).</summary>
    public static class Codes
    {
        public const string UserNotFound = "user-not-found";
        public const string OwnAccount = "own-account";
        public const string UnknownRole = "unknown-role";
        public const string UnknownJurisdiction = "unknown-jurisdiction";

        /// <summary>Identity refused the change; its own (already localised) description is the problem's value.</summary>
        public const string Identity = "identity";
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(ClaimsPrincipal actor)
    {
        EnsureRole(actor, PortalRoles.SystemAdministrator, PortalRoles.SecurityAdministrator);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var now = time.GetUtcNow();
        var list = await users.Users.OrderBy(u => u.Email).ToListAsync();
        var summaries = new List<UserSummary>(list.Count);
        foreach (var user in list)
        {
            var roles = await users.GetRolesAsync(user);
            summaries.Add(new UserSummary(
                user.Id,
                user.Email ?? "",
                user.DisplayName,
                [.. roles.Order(StringComparer.Ordinal)],
                user.TwoFactorEnabled,
                user.LockoutEnd is { } end && end > now,
                user.PasswordHash is null));
        }

        return summaries;
    }

    /// <summary>Creates an account without roles (a security administrator gives them) and returns its invitation link.</summary>
    public async Task<Outcome<string>> InviteAsync(ClaimsPrincipal actor, Invitation invitation)
    {
        var actorId = EnsureRole(actor, PortalRoles.SystemAdministrator);
        ArgumentNullException.ThrowIfNull(invitation);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = invitation.Email.Trim(),
            Email = invitation.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = invitation.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return Outcome<string>.Fail(Failure.Invalid, IdentityProblems(created));
        }

        await audit.AppendAsync(new AuditRecord(actorId, AccountAuditActions.AccountCreate, null, $"user={user.Id}"));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return Outcome.Of($"/account/accept-invitation?user={Uri.EscapeDataString(user.Id)}&token={encoded}");
    }

    /// <summary>
    /// Sets a user's roles. Removing roles and adding ordinary ones applies at once; a set that adds a police or an
    /// administrator role becomes a request that waits, whole, for a second security administrator.
    /// </summary>
    public async Task<Outcome<ChangeState>> SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles)
    {
        var actorId = EnsureRole(actor, PortalRoles.SecurityAdministrator);
        ArgumentNullException.ThrowIfNull(roles);
        var unknown = roles.Where(role => !PortalRoles.All.Contains(role)).ToList();
        if (unknown.Count > 0)
        {
            return Outcome<ChangeState>.Fail(Failure.Invalid, Problem.Error(Codes.UnknownRole, "roles", string.Join(", ", unknown)));
        }

        if (RoleRules.Conflict(roles) is { } conflict)
        {
            return Outcome<ChangeState>.Fail(conflict, "roles");
        }

        if (userId == actorId)
        {
            return Outcome<ChangeState>.Fail(Codes.OwnAccount, failure: Failure.Forbidden);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome<ChangeState>.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        var wanted = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (RoleRules.NeedsApproval(wanted.Except(await users.GetRolesAsync(user))))
        {
            await approvals.RequestAsync(actorId, ApprovalKinds.Roles, userId, wanted);
            return Outcome.Of(ChangeState.AwaitingApproval);
        }

        var replaced = await ReplaceRolesAsync(users, user, wanted, actorId, audit);
        return replaced.Succeeded ? Outcome.Of(ChangeState.Applied) : Outcome<ChangeState>.Fail(replaced.Failure, replaced.Problems);
    }

    /// <summary>Each user's jurisdiction grants (division keys or <see cref="Jurisdictions.Province"/>); users without any are left out.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GrantsAsync(ClaimsPrincipal actor, IEnumerable<string> userIds)
    {
        EnsureRole(actor, PortalRoles.SystemAdministrator, PortalRoles.SecurityAdministrator);
        ArgumentNullException.ThrowIfNull(userIds);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var userId in userIds.Distinct(StringComparer.Ordinal))
        {
            if (await grants.GrantsOfAsync(userId) is { Count: > 0 } granted)
            {
                result[userId] = granted;
            }
        }

        return result;
    }

    /// <summary>
    /// Replaces a user's jurisdiction grants (audited by <see cref="OfficerGrants"/>). A set that adds the province or
    /// a prefecture waits, whole, for a second security administrator.
    /// </summary>
    public async Task<Outcome<ChangeState>> SetGrantsAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> jurisdictionKeys)
    {
        var actorId = EnsureRole(actor, PortalRoles.SecurityAdministrator);
        ArgumentNullException.ThrowIfNull(jurisdictionKeys);
        if (userId == actorId)
        {
            return Outcome<ChangeState>.Fail(Codes.OwnAccount, failure: Failure.Forbidden);
        }

        if (jurisdictionKeys.FirstOrDefault(key => !Jurisdictions.IsKnown(key)) is { } unknown)
        {
            return Outcome<ChangeState>.Fail(Failure.Invalid, Problem.Error(Codes.UnknownJurisdiction, "jurisdictions", unknown));
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(userId) is null)
        {
            return Outcome<ChangeState>.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        var wanted = jurisdictionKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (wanted.Except(await grants.GrantsOfAsync(userId)).Any(RoleRules.IsWideJurisdiction))
        {
            await approvals.RequestAsync(actorId, ApprovalKinds.Grants, userId, wanted);
            return Outcome.Of(ChangeState.AwaitingApproval);
        }

        var set = await grants.SetGrantsAsync(actorId, userId, wanted);
        return set.Succeeded ? Outcome.Of(ChangeState.Applied) : Outcome<ChangeState>.Fail(set.Failure, set.Problems);
    }

    /// <summary>Locks an account until unlocked (a leaver, a lost phone) or unlocks it; its sessions end within a minute.</summary>
    public async Task<Outcome> SetLockedAsync(ClaimsPrincipal actor, string userId, bool locked)
    {
        var actorId = EnsureRole(actor, PortalRoles.SystemAdministrator);
        if (userId == actorId)
        {
            return Outcome.Fail(Codes.OwnAccount, failure: Failure.Forbidden);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && !locked)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

        if (!result.Succeeded)
        {
            return Outcome.Fail(Failure.Invalid, IdentityProblems(result));
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.AppendAsync(new AuditRecord(actorId, locked ? AccountAuditActions.AccountLock : AccountAuditActions.AccountUnlock, null, $"user={userId}"));
        return Outcome.Ok;
    }

    /// <summary>Asks for a user's authenticator to be reset (lost phone); a security administrator must approve it.</summary>
    public async Task<Outcome> RequestAuthenticatorResetAsync(ClaimsPrincipal actor, string userId)
    {
        var actorId = EnsureRole(actor, PortalRoles.SystemAdministrator);
        if (userId == actorId)
        {
            return Outcome.Fail(Codes.OwnAccount, failure: Failure.Forbidden);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(userId) is null)
        {
            return Outcome.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        await approvals.RequestAsync(actorId, ApprovalKinds.AuthenticatorReset, userId, []);
        return Outcome.Ok;
    }

    /// <summary>Replaces the user's roles, audits it and renews the security stamp, so a removed role stops working within a minute.</summary>
    internal static async Task<Outcome> ReplaceRolesAsync(UserManager<PortalUser> users, PortalUser user, IReadOnlyCollection<string> roles, string actorId, TipAuditLog audit)
    {
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return Outcome.Fail(Failure.Invalid, IdentityProblems(added));
        }

        // A new stamp ends the user's sessions within a minute. An invited user without a password has none, and a new
        // stamp would void their invitation link (the reset token carries the stamp), so theirs stays.
        if (await users.HasPasswordAsync(user))
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.AppendAsync(new AuditRecord(actorId, AccountAuditActions.RoleChange, null,
            $"user={user.Id}; from={string.Join(',', current.Order(StringComparer.Ordinal))}; to={string.Join(',', roles.Order(StringComparer.Ordinal))}"));
        return Outcome.Ok;
    }

    private static string EnsureRole(ClaimsPrincipal actor, params string[] roles) =>
        roles.Any(actor.IsInRole) && actor.SignedInWithSecondFactor() && actor.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? id
            : throw new UnauthorizedAccessException($"Only a {string.Join(" or ", roles)} signed in with a second factor may do this.");

    private static IEnumerable<Problem> IdentityProblems(IdentityResult result) =>
        result.Errors.Select(error => Problem.Error(Codes.Identity, value: error.Description));
}
