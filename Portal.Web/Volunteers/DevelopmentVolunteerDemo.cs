using Portal.Tips.Volunteers;
using Portal.Web.Identity;

namespace Portal.Web.Volunteers;

/// <summary>
/// DEVELOPMENT ONLY. Gives the demo coordinator the region 620100 (兰州市) and the demo volunteer an active
/// profile there (<see cref="VolunteerDemo"/>), so both areas can be tried at once. Called after <see cref="DevelopmentDemoAccounts"/>.
/// </summary>
internal sealed class DevelopmentVolunteerDemo(StaffDirectory staff, VolunteerRegions regions, VolunteerDemo demo)
{
    public const string CoordinatorRegion = VolunteerDemo.Prefecture;

    public async Task SeedAsync()
    {
        if (await staff.ContactByEmailAsync("coordinator@demo.portal.test") is { } coordinator
            && (await regions.GrantsOfAsync(coordinator.Id)).Count == 0)
        {
            await regions.SetGrantsAsync(coordinator.Id, [CoordinatorRegion]);
        }

        if (await staff.ContactByEmailAsync("volunteer@demo.portal.test") is { } volunteerUser)
        {
            await demo.SeedVolunteerAsync(volunteerUser.Id, volunteerUser.Email);
        }
    }
}
