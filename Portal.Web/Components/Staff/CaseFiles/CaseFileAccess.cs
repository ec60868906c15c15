using System.Security.Claims;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Web.Components.Staff.CaseFiles;

/// <summary>
/// Who may ask for a case file: officers and supervisors (the page's role check). Which tip they may see is the
/// service's decision (their jurisdictions), made from the <see cref="StaffActor"/> built here.
/// </summary>
public static class CaseFileAccess
{
    public const string Roles = PortalRoles.Officer + "," + PortalRoles.Supervisor;

    public static StaffActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A signed-in user has an id.");
        return new StaffActor(userId, user.IsInRole(PortalRoles.Officer), user.IsInRole(PortalRoles.Supervisor));
    }
}
