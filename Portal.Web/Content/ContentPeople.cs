using Microsoft.AspNetCore.Identity;
using Portal.Web.Identity;

namespace Portal.Web.Content;

/// <summary>
/// The people who act in the CMS (administrators, editors, reviewers, publishers) with their display names, for the
/// audit view's actor filter and rows. Each call uses its own scope: a staff circuit lives much longer than one operation.
/// </summary>
public sealed class ContentPeople(IServiceScopeFactory scopes)
{
    public sealed record Person(string Id, string Name);

    private static readonly string[] Roles = [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher];

    public async Task<IReadOnlyList<Person>> AllAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                people.TryAdd(user.Id, new Person(user.Id, NameOf(user)));
            }
        }

        return [.. people.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static string NameOf(PortalUser user) => user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id;
}
