using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Portal.Web.Identity;

/// <summary>
/// A staff member who is signed in but has not finished the sign-in rules is led to the missing step
/// (choose a new password, then enrol an authenticator) instead of a bare 403. Everyone else gets the default.
/// </summary>
internal sealed class StaffSignInRedirectHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var user = context.User;
        var onlyStaffStepMissing = authorizeResult.Forbidden
            && user.Identity?.IsAuthenticated == true
            && user.IsStaff()
            && authorizeResult.AuthorizationFailure?.FailedRequirements.All(requirement => requirement is StaffSignInRequirement) == true;
        if (!onlyStaffStepMissing)
        {
            return fallback.HandleAsync(next, context, policy, authorizeResult);
        }

        var returnUrl = Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        var step = context.Request.PathBase + (user.MustChangePassword() ? "/account/change-password" : "/account/enrol-authenticator");
        context.Response.Redirect($"{step}?returnUrl={returnUrl}");
        return Task.CompletedTask;
    }
}
