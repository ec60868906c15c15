using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for a one-time password (create-admin) so the first sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: that code and older ones are refused.</summary>
    public long LastAuthenticatorTimeStep { get; set; }
}
