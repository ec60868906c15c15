using System.Security.Claims;
using Portal.Web.Hosting;
using Portal.Web.Identity;

namespace Portal.Web.Components.Account;

internal static class AccountRedirects
{
    /// <summary>
    /// Where to go after signing in: the return URL (a browser path, path base included, as the cookie handler and
    /// <see cref="RedirectToLogin"/> give it) or a default relative to the page's base, so both work under a path base.
    /// </summary>
    public static string AfterSignIn(string? returnUrl, bool staff) =>
        LocalUrls.Local(returnUrl) ?? (staff ? "staff" : "./");

    public static string AfterSignIn(string? returnUrl, ClaimsPrincipal user) => AfterSignIn(returnUrl, user.IsStaff());

    /// <summary>Staff go to the staff area, volunteers to their own area (where they learn their outcome), others home.</summary>
    public static string AfterSignIn(string? returnUrl, IList<string> roles) =>
        LocalUrls.Local(returnUrl) is { } local ? local
        : roles.Any(PortalRoles.Staff.Contains) ? "staff"
        : roles.Contains(PortalRoles.Volunteer) ? "volunteer/home"
        : "./";

    public static string WithReturnUrl(string path, string? returnUrl) =>
        LocalUrls.Local(returnUrl) is { } local ? $"{path}?returnUrl={Uri.EscapeDataString(local)}" : path;
}
