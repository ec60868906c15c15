using Portal.Web.Identity;

namespace Portal.Web.Content;

/// <summary>
/// The people who act in the CMS (administrators, editors, reviewers, publishers) with their display names, for the
/// audit view's actor filter and rows. Each call uses its own scope: a staff circuit lives much longer than one operation.
/// </summary>
public sealed class ContentPeople(StaffDirectory staff)
{
    public sealed record Person(string Id, string Name);

    private static readonly string[] Roles = [PortalRoles.SecurityAdministrator, PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher];

    public async Task<IReadOnlyList<Person>> AllAsync()
    {
        var people = await staff.InRolesAsync(Roles);
        return [.. people.Select(p => new Person(p.Id, NameOf(p))).OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static string NameOf(StaffDirectory.StaffContact user) => user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id;
}
