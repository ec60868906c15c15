using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>People of the publicity department for browser journeys: a user in a staff role with the department's content role.</summary>
public static class ContentStaff
{
    public static async Task<TestUsers.TestUser> CreateAsync(BrowserFixture fixture, string role, ContentRole contentRole)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var user = await TestUsers.CreateAsync(fixture.Portal.Services, role);
        var granted = await fixture.Portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, contentRole, includesSubDepartments: true);
        Assert.True(granted.Succeeded, granted.ToString());
        return user;
    }
}
