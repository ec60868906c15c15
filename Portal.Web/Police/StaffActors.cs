using System.Security.Claims;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Web.Police;

/// <summary>The one place where a signed-in user becomes the <see cref="StaffActor"/> the Tips module checks.</summary>
public static class StaffActors
{
    /// <summary>
    /// The identity user id (Identity's name identifier claim), Officer role → officer, Supervisor role →
    /// supervisor. Null for someone not signed in with a second factor: the tips services then see nobody.
    /// </summary>
    public static StaffActor? ToStaffActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.VerifiedStaffUserId() is { } userId ? new StaffActor(userId, user.IsInRole(PortalRoles.Officer), user.IsInRole(PortalRoles.Supervisor)) : null;
    }
}
