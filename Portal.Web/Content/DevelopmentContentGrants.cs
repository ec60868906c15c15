using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Web.Identity;

namespace Portal.Web.Content;

/// <summary>
/// DEVELOPMENT ONLY. Gives the demo editor, reviewer and publisher their content role in the provincial publicity
/// department (省委宣传部, with its sub-departments) and the education department (省教育厅), so each role can try
/// the content manager locally. An account that already has grants keeps them. Called after <see cref="DevelopmentDemoAccounts"/>.
/// </summary>
internal sealed class DevelopmentContentGrants(StaffDirectory staff, DepartmentAdministration departments)
{
    private static readonly ContentActor Seeder = ContentActor.Person("demo-seed", isAdministrator: true);

    public async Task SeedAsync()
    {
        foreach (var (role, contentRole) in new[] { (PortalRoles.Editor, ContentRole.Editor), (PortalRoles.Reviewer, ContentRole.Reviewer), (PortalRoles.Publisher, ContentRole.Publisher) })
        {
            var account = DevelopmentDemoAccounts.Accounts.Single(a => a.Role == role);
            if (await staff.ContactByEmailAsync(account.Email) is not { } user || (await departments.GrantsOfAsync(user.Id)).Count > 0)
            {
                continue;
            }

            await departments.GrantAsync(Seeder, user.Id, DepartmentSeed.PublicityId, contentRole, includesSubDepartments: true);
            await departments.GrantAsync(Seeder, user.Id, DepartmentSeed.IdOf("education"), contentRole, includesSubDepartments: false);
        }
    }
}
