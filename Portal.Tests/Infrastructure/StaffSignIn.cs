namespace Portal.Tests.Infrastructure;

/// <summary>Signs a user in through the real login pages, as a person with an authenticator app would.</summary>
public static class StaffSignIn
{
    public static async Task<HttpResponseMessage> PasswordAsync(HttpClient client, string email, string password, string returnUrl = "")
    {
        var login = await HtmlPage.GetAsync(client, "/account/login" + (returnUrl.Length > 0 ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : ""));
        return await login.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>Password, then the authenticator code; returns the final redirect.</summary>
    public static async Task<HttpResponseMessage> WithAuthenticatorAsync(HttpClient client, TestUsers.TestUser user, string returnUrl = "")
    {
        var afterPassword = await PasswordAsync(client, user.Email, user.Password, returnUrl);
        var twoFactorUrl = HtmlPage.RedirectTarget(afterPassword);
        var twoFactor = await HtmlPage.GetAsync(client, twoFactorUrl);
        return await twoFactor.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = await user.UnusedCodeAsync() });
    }
}
