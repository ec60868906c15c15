using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Web.TipRewards;

/// <summary>
/// Who reaches the reward pages: officers and supervisors, with the staff second-factor rule. The page only
/// lets them in; what each may do (propose, approve, redeem) and on which tips the reward service decides.
/// </summary>
public static class RewardPolicies
{
    public const string RewardStaff = "RewardStaff";

    public static IServiceCollection AddRewardPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(RewardStaff, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Officer, PortalRoles.Supervisor)
            .AddRequirements(new StaffSignInRequirement()));
        services.AddScoped<StaffNames>();
        return services;
    }

    /// <summary>The acting staff member as the Tips module sees them: their user id and police roles.</summary>
    public static StaffActor RewardActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id.");
        return new StaffActor(userId, user.IsInRole(PortalRoles.Officer), user.IsInRole(PortalRoles.Supervisor));
    }
}
