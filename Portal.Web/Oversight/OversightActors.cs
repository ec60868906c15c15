using System.Security.Claims;
using Portal.Tips.Oversight;
using Portal.Web.Identity;

namespace Portal.Web.Oversight;

/// <summary>The one place a signed-in user becomes the <see cref="OversightActor"/> the figures service checks.</summary>
public static class OversightActors
{
    /// <summary>Null for someone not signed in with a second factor: the service then sees nobody.</summary>
    public static OversightActor? ToOversightActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.VerifiedStaffUserId() is { } userId ? new OversightActor(userId, user.IsInRole(PortalRoles.ProvincialOffice), user.IsInRole(PortalRoles.Supervisor)) : null;
    }
}
