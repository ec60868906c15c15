namespace Portal.Web.Identity;

public static class PortalClaims
{
    /// <summary>Identity adds amr=mfa when a sign-in completed a second factor; we add it after enrolment.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";

    /// <summary>Present while the user still signs in with a one-time password.</summary>
    public const string MustChangePassword = "portal:must_change_password";

    public const string DisplayName = "portal:display_name";
}
