using Microsoft.EntityFrameworkCore;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers;

/// <summary>Finds the volunteer behind a signed-in account; volunteer services act only through this.</summary>
internal static class VolunteerDirectory
{
    public static Task<Volunteer?> OfUserAsync(VolunteersDbContext context, string userId, CancellationToken cancellationToken) =>
        context.Set<Volunteer>().SingleOrDefaultAsync(v => v.UserId == userId && v.ErasedAt == null, cancellationToken);
}
