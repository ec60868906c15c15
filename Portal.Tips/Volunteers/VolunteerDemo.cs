using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers;

/// <summary>
/// DEVELOPMENT ONLY. The demo volunteer's active profile in 兰州市 (620100), so the volunteer area can be tried locally.
/// The host calls it in Development once the demo account exists.
/// </summary>
public sealed class VolunteerDemo(VolunteersContexts contexts, TimeProvider time)
{
    public const string Prefecture = "620100";

    /// <summary>Gives the account an active volunteer profile unless it already has one.</summary>
    public async Task SeedVolunteerAsync(string userId, string? email, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.Set<Volunteer>().AnyAsync(v => v.UserId == userId, cancellationToken))
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
            Email = email,
            DateOfBirth = new DateOnly(1995, 6, 1),
            PrefectureKey = Prefecture,
            CountyKey = "620102",
            Organisation = "兰州市反拐志愿服务队（演示）",
            Team = "城关区一队",
            Skills = string.Join(',', VolunteerSkills.Teaching, VolunteerSkills.Tibetan, VolunteerSkills.Driving),
            Availability = "周末",
            Motivation = "演示数据",
            ConsentedAt = now,
            SubmittedAt = now,
            UpdatedAt = now,
            UserId = userId,
            Version = Guid.NewGuid(),
        });
        await context.SaveChangesAsync(cancellationToken);
    }
}
