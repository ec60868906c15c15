using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Web.Identity;

namespace Portal.Web.Volunteers;

/// <summary>
/// DEVELOPMENT ONLY. Gives the demo coordinator the region 620100 (兰州市) and the demo volunteer an active
/// profile there, so both areas can be tried at once. Called after <see cref="DevelopmentDemoAccounts"/>.
/// </summary>
internal sealed class DevelopmentVolunteerDemo(
    UserManager<PortalUser> users,
    VolunteerRegions regions,
    IDbContextFactory<VolunteersDbContext> contexts,
    TimeProvider time)
{
    public const string CoordinatorRegion = "620100";

    public async Task SeedAsync()
    {
        if (await users.FindByEmailAsync("coordinator@demo.portal.test") is { } coordinator
            && (await regions.GrantsOfAsync(coordinator.Id)).Count == 0)
        {
            await regions.SetGrantsAsync(coordinator.Id, [CoordinatorRegion]);
        }

        if (await users.FindByEmailAsync("volunteer@demo.portal.test") is not { } volunteerUser)
        {
            return;
        }

        await using var context = await contexts.CreateDbContextAsync();
        if (await context.Set<Volunteer>().AnyAsync(v => v.UserId == volunteerUser.Id))
        {
            return;
        }

        var now = time.GetUtcNow();
        context.Add(new Volunteer
        {
            Id = Guid.CreateVersion7(now),
            Reference = "VDEMO0001",
            Status = VolunteerStatus.Active,
            Name = "演示 志愿者",
            Phone = "13800000000",
            Email = volunteerUser.Email,
            DateOfBirth = new DateOnly(1995, 6, 1),
            PrefectureKey = CoordinatorRegion,
            CountyKey = "620102",
            Organisation = "兰州市反拐志愿服务队（演示）",
            Team = "城关区一队",
            Skills = string.Join(',', VolunteerSkills.Teaching, VolunteerSkills.Tibetan, VolunteerSkills.Driving),
            Availability = "周末",
            Motivation = "演示数据",
            ConsentedAt = now,
            SubmittedAt = now,
            UpdatedAt = now,
            UserId = volunteerUser.Id,
            Version = Guid.NewGuid(),
        });
        await context.SaveChangesAsync();
    }
}
