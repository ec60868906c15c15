using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Web.Identity;

namespace Portal.Web.Volunteers;

/// <summary>The volunteer area's and the coordinators' policies; every volunteer page and endpoint names one.</summary>
public static class VolunteerPolicies
{
    /// <summary>A signed-in account with the Volunteer role (volunteers are not staff: no second factor).</summary>
    public const string VolunteerArea = "VolunteerArea";

    /// <summary>VolunteerCoordinator, signed in with a second factor like all staff. Regions are checked in the services.</summary>
    public const string Coordinator = "VolunteerCoordinator";

    public static void AddVolunteerPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(VolunteerArea, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Volunteer));
        options.AddPolicy(Coordinator, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.VolunteerCoordinator)
            .AddRequirements(new StaffSignInRequirement()));
    }

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim.");
}
