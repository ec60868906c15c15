using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Police;

namespace Portal.Web.Identity;

/// <summary>
/// Inviting staff and assigning roles. The rules are enforced here, whatever page calls them: only an administrator
/// who signed in with a second factor may act, and nobody can take the Administrator role from themselves.
/// Each call uses its own scope, because an interactive staff page lives much longer than one operation.
/// Jurisdiction grants (which tips an officer or supervisor sees) are set here too, by the same rule.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopeFactory, OfficerGrants grants, TimeProvider time)
{
    public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled, bool LockedOut, bool InvitationPending);

    public sealed record Invitation(string Email, string DisplayName, IReadOnlyCollection<string> Roles);

    /// <summary>The error codes this service returns; the page words them (<c>Users_Error_…</c>).</summary>
    public static class Codes
    {
        public const string UserNotFound = "user-not-found";
        public const string OwnAdministratorRole = "own-administrator-role";
        public const string RoleRequired = "role-required";
        public const string UnknownRole = "unknown-role";
        public const string UnknownJurisdiction = "unknown-jurisdiction";

        /// <summary>Identity refused the change; its own (already localised) description is the problem's value.</summary>
        public const string Identity = "identity";
    }

    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(ClaimsPrincipal actor)
    {
        EnsureAdministrator(actor);
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

    public async Task<Outcome<string>> InviteAsync(ClaimsPrincipal actor, Invitation invitation)
    {
        EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(invitation);
        if (CheckRoles(invitation.Roles) is { } roleProblem)
        {
            return Outcome<string>.Fail(Failure.Invalid, roleProblem);
        }

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

        await users.AddToRolesAsync(user, invitation.Roles);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return Outcome.Of($"/account/accept-invitation?user={Uri.EscapeDataString(user.Id)}&token={encoded}");
    }

    public async Task<Outcome> SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles)
    {
        EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(roles);
        if (CheckRoles(roles, allowNone: true) is { } roleProblem)
        {
            return Outcome.Fail(Failure.Invalid, roleProblem);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        if (user.Id == users.GetUserId(actor) && !roles.Contains(PortalRoles.Administrator))
        {
            return Outcome.Fail(Codes.OwnAdministratorRole, failure: Failure.Forbidden);
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return Outcome.Fail(Failure.Invalid, IdentityProblems(added));
        }

        // A new security stamp ends the user's other sessions, so a removed role stops working at once.
        await users.UpdateSecurityStampAsync(user);
        return Outcome.Ok;
    }

    /// <summary>Each user's jurisdiction grants (division keys or <see cref="Jurisdictions.Province"/>); users without any are left out.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GrantsAsync(ClaimsPrincipal actor, IEnumerable<string> userIds)
    {
        EnsureAdministrator(actor);
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

    /// <summary>Replaces a user's jurisdiction grants; the change is audited with the administrator's id.</summary>
    public async Task<Outcome> SetGrantsAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> jurisdictionKeys)
    {
        EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(jurisdictionKeys);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(userId) is null)
        {
            return Outcome.Fail(Codes.UserNotFound, failure: Failure.NotFound);
        }

        return await grants.SetGrantsAsync(users.GetUserId(actor)!, userId, jurisdictionKeys);
    }

    private static void EnsureAdministrator(ClaimsPrincipal actor)
    {
        if (!actor.IsInRole(PortalRoles.Administrator) || !actor.SignedInWithSecondFactor())
        {
            throw new UnauthorizedAccessException("Only an administrator signed in with a second factor may manage users.");
        }
    }

    private static IEnumerable<Problem> IdentityProblems(IdentityResult result) =>
        result.Errors.Select(error => Problem.Error(Codes.Identity, value: error.Description));

    private static Problem? CheckRoles(IReadOnlyCollection<string> roles, bool allowNone = false)
    {
        if (!allowNone && roles.Count == 0)
        {
            return Problem.Error(Codes.RoleRequired, "roles");
        }

        var unknown = roles.Where(role => !PortalRoles.All.Contains(role)).ToList();
        return unknown.Count > 0 ? Problem.Error(Codes.UnknownRole, "roles", string.Join(", ", unknown)) : null;
    }
}
