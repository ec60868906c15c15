using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Portal.Web.Identity;

namespace Portal.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>POST /account/logout (with antiforgery): signs out and returns to the public home page.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<PortalUser> signInManager, Police.Sealing.UnitKeySessions keySessions) =>
            {
                // No form field is bound here, so nothing else would reject a forged sign-out.
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                keySessions.End(Police.Sealing.SealingClaims.KeySessionOf(context.User));
                await signInManager.SignOutAsync();
                return Results.LocalRedirect("~/account/login?signedOut=1");
            })
            .DisableAntiforgery()
            .AllowAnonymous();
        return endpoints;
    }
}
