using System.Security.Claims;
using Portal.Web.Identity;

namespace Portal.Web.Components.Account;

internal static class AccountRedirects
{
    /// <summary>Only same-site paths are followed, so a crafted link cannot send a signed-in user elsewhere.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public static string AfterSignIn(string? returnUrl, bool staff) =>
        IsLocal(returnUrl) ? returnUrl! : staff ? "/staff" : "/";

    public static string AfterSignIn(string? returnUrl, ClaimsPrincipal user) => AfterSignIn(returnUrl, user.IsStaff());

    public static string WithReturnUrl(string path, string? returnUrl) =>
        IsLocal(returnUrl) ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl!)}" : path;
}
