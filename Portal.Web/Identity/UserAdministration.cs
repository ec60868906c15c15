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

    public sealed record Outcome(bool Succeeded, IReadOnlyList<string> Errors, string? InvitationPath = null)
    {
        public static Outcome Fail(params string[] errors) => new(false, errors);
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

    public async Task<Outcome> InviteAsync(ClaimsPrincipal actor, Invitation invitation)
    {
        EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(invitation);
        var roleProblem = CheckRoles(invitation.Roles);
        if (roleProblem is not null)
        {
            return Outcome.Fail(roleProblem);
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
            return Outcome.Fail([.. created.Errors.Select(error => error.Description)]);
        }

        await users.AddToRolesAsync(user, invitation.Roles);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return new Outcome(true, [], $"/account/accept-invitation?user={Uri.EscapeDataString(user.Id)}&token={encoded}");
    }

    public async Task<Outcome> SetRolesAsync(ClaimsPrincipal actor, string userId, IReadOnlyCollection<string> roles)
    {
        EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(roles);
        var roleProblem = CheckRoles(roles, allowNone: true);
        if (roleProblem is not null)
        {
            return Outcome.Fail(roleProblem);
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return Outcome.Fail("找不到该用户。");
        }

        if (user.Id == users.GetUserId(actor) && !roles.Contains(PortalRoles.Administrator))
        {
            return Outcome.Fail("不能移除自己的管理员角色，请由另一位管理员操作。");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        var added = removed.Succeeded ? await users.AddToRolesAsync(user, roles.Except(current)) : removed;
        if (!added.Succeeded)
        {
            return Outcome.Fail([.. added.Errors.Select(error => error.Description)]);
        }

        // A new security stamp ends the user's other sessions, so a removed role stops working at once.
        await users.UpdateSecurityStampAsync(user);
        return new Outcome(true, []);
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
            return Outcome.Fail("找不到该用户。");
        }

        var error = await grants.SetGrantsAsync(users.GetUserId(actor)!, userId, jurisdictionKeys);
        return error is null ? new Outcome(true, []) : Outcome.Fail("未知辖区。");
    }

    private static void EnsureAdministrator(ClaimsPrincipal actor)
    {
        if (!actor.IsInRole(PortalRoles.Administrator) || !actor.SignedInWithSecondFactor())
        {
            throw new UnauthorizedAccessException("Only an administrator signed in with a second factor may manage users.");
        }
    }

    private static string? CheckRoles(IReadOnlyCollection<string> roles, bool allowNone = false)
    {
        if (!allowNone && roles.Count == 0)
        {
            return "请至少选择一个角色。";
        }

        var unknown = roles.Where(role => !PortalRoles.All.Contains(role)).ToList();
        return unknown.Count > 0 ? $"未知角色：{string.Join("、", unknown)}" : null;
    }
}
