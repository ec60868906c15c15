using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Web.Identity;

namespace Portal.Tests.Volunteers;

/// <summary>In Development the demo coordinator has a region and the demo volunteer an active profile; elsewhere neither exists.</summary>
[IntegrationTest]
public sealed class DevelopmentDemoVolunteerTests
{
    [Fact]
    public async Task Development_gives_the_demo_coordinator_lanzhou_and_the_demo_volunteer_an_active_profile()
    {
        await using var portal = new PortalFactory { Environment = "Development" };
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var coordinator = await users.FindByEmailAsync("coordinator@demo.portal.test");
        var volunteerUser = await users.FindByEmailAsync("volunteer@demo.portal.test");

        Assert.Equal(["620100"], await scope.ServiceProvider.GetRequiredService<VolunteerRegions>().GrantsOfAsync(coordinator!.Id));
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContextAsync();
        var profile = await context.Set<Volunteer>().SingleAsync(v => v.UserId == volunteerUser!.Id);
        Assert.Equal(VolunteerStatus.Active, profile.Status);
        Assert.Equal("620100", profile.PrefectureKey);
    }

    [Fact]
    public async Task Outside_development_no_volunteer_demo_data_exists()
    {
        await using var portal = new PortalFactory();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Set<Volunteer>().AnyAsync());
        Assert.False(await context.Set<CoordinatorRegion>().AnyAsync());
    }
}
