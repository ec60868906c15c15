using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Web.Identity;

/// <summary>
/// Names for the user ids the Tips module stores (assignees, note authors, audit actors), and the officers a tip
/// can be assigned to. Each call uses its own scope: a staff circuit lives much longer than one operation.
/// </summary>
public sealed class StaffDirectory(IServiceScopeFactory scopes, OfficerGrants grants)
{
    public sealed record StaffMember(string Id, string DisplayName, string Email);

    /// <summary>Display names by user id; unknown ids (a deleted account, a system actor) are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var wanted = userIds.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// Officers and supervisors whose grants cover a routing key, i.e. who may be assigned a tip there.
    /// A grant left on an account that no longer has a police role does not count.
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> PoliceCoveringAsync(string routedKey, CancellationToken cancellationToken = default)
    {
        var granted = await grants.UsersCoveringAsync(routedKey, cancellationToken);
        if (granted.Count == 0)
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var police = new List<StaffMember>();
        foreach (var role in new[] { PortalRoles.Officer, PortalRoles.Supervisor })
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (granted.Contains(user.Id) && police.TrueForAll(p => p.Id != user.Id))
                {
                    police.Add(new(user.Id, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id, user.Email ?? ""));
                }
            }
        }

        return [.. police.OrderBy(p => p.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>A staff account's display name (empty when none was set) and e-mail.</summary>
    public sealed record StaffContact(string Id, string DisplayName, string? Email);

    /// <summary>Display name and e-mail by user id, for pages that print both; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, StaffContact>> ContactsAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var wanted = userIds.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, StaffContact>();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.Users.AsNoTracking()
            .Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new StaffContact(u.Id, u.DisplayName, u.Email), StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Accounts holding any of <paramref name="roles"/>, each once, in the order the roles list them.</summary>
    public async Task<IReadOnlyList<StaffContact>> InRolesAsync(IEnumerable<string> roles)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var found = new List<StaffContact>();
        foreach (var role in roles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (found.TrueForAll(c => c.Id != user.Id))
                {
                    found.Add(new(user.Id, user.DisplayName, user.Email));
                }
            }
        }

        return found;
    }

    /// <summary>The account with this e-mail, or null.</summary>
    public async Task<StaffContact?> ContactByEmailAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.FindByEmailAsync(email) is { } user ? new StaffContact(user.Id, user.DisplayName, user.Email) : null;
    }
}
