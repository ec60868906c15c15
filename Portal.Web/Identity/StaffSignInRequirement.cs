using Microsoft.AspNetCore.Authorization;

namespace Portal.Web.Identity;

/// <summary>
/// A staff sign-in counts only with a second factor and without a pending one-time password.
/// When it fails, <see cref="StaffSignInRedirectHandler"/> sends the user to the step they are missing.
/// </summary>
public sealed class StaffSignInRequirement : IAuthorizationRequirement;

internal sealed class StaffSignInRequirementHandler : AuthorizationHandler<StaffSignInRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffSignInRequirement requirement)
    {
        if (context.User.SignedInWithSecondFactor() && !context.User.MustChangePassword())
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
