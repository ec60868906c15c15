using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Tips.Police;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Web.Rewards;

/// <summary>
/// Who reaches the reward pages: the police desk's own policy (officers and supervisors, with the staff
/// second-factor rule). The page only lets them in; what each may do (propose, approve, redeem) and on which
/// tips the reward service decides.
/// </summary>
public static class RewardPolicies
{
    public const string RewardStaff = PortalPolicies.Police;

    /// <summary>System administrators: the claim-office directory.</summary>
    public const string ClaimOfficeAdministration = "ClaimOfficeAdministration";

    public static void AddRewardPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(ClaimOfficeAdministration, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.SystemAdministrator)
            .AddRequirements(new StaffSignInRequirement()));
    }

    /// <summary>The acting staff member as the Tips module sees them (<see cref="StaffActors.ToStaffActor"/>).</summary>
    public static StaffActor RewardActor(this ClaimsPrincipal user) =>
        user.ToStaffActor() ?? throw new InvalidOperationException("The reward pages admit only users signed in with a second factor.");
}
