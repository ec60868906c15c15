using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Web.Police.Sealing;

namespace Portal.Web.Identity;

internal sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options, IHttpContextAccessor httpContext)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaims.MustChangePassword, "true"));
        }

        // A sign-in completing in this request: its cookie names the session its unit keys are kept under.
        if (httpContext.HttpContext?.Items[SealingClaims.PendingItem] is string keySession)
        {
            identity.AddClaim(new Claim(SealingClaims.KeySession, keySession));
        }

        return identity;
    }
}
