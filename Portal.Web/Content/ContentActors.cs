using System.Security.Claims;
using Portal.Content.Common;
using Portal.Web.Identity;

namespace Portal.Web.Content;

/// <summary>The one place where a signed-in user becomes the <see cref="ContentActor"/> the Content module checks.</summary>
public static class ContentActors
{
    /// <summary>
    /// The identity user id and the user's roles (the content roles, SecurityAdministrator and AuditAdministrator count). Null for someone not
    /// signed in with a second factor: content services then see nobody.
    /// </summary>
    public static ContentActor? ToContentActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.VerifiedStaffUserId() is { } userId ? ContentActor.FromRoleNames(userId, PortalRoles.All.Where(user.IsInRole)) : null;
    }
}
