using System.Net;
using Microsoft.Playwright;
using OtpNet;

namespace Portal.Rehearsal;

/// <summary>Staff as a province makes them: the first administrator from create-admin, the officer through the pages.</summary>
internal sealed class Staff(Settings settings, IBrowser browser)
{
    public sealed record Account(string Email, string Password, string AuthenticatorKey)
    {
        public string Code() => new Totp(Base32Encoding.ToBytes(AuthenticatorKey)).ComputeTotp();
    }

    public const string OfficerEmail = "officer@rehearsal.gansu.test";

    /// <summary>The one-time password, a new password, then an authenticator, all on the static account pages.</summary>
    public async Task<(Account Account, CookieContainer Cookies)> FirstSignInAsync(string email, string password, string newPassword)
    {
        var cookies = new CookieContainer();
        using var client = Clients.ThroughNginx(settings, cookies: cookies);
        var login = await Page.GetAsync(client, "/account/login");
        var signedIn = await login.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        var next = Page.RedirectTarget(signedIn);
        if (next.StartsWith("/account/change-password", StringComparison.Ordinal))
        {
            var change = await Page.GetAsync(client, next);
            var changed = await change.SubmitAsync(client, new Dictionary<string, string> { ["Input.Current"] = password, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword });
            Page.RedirectTarget(changed);
        }

        var enrol = await Page.GetAsync(client, "/account/enrol-authenticator?returnUrl=%2Fstaff");
        var key = enrol.Select("[data-testid=authenticator-key]")?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            ?? throw new StepFailed($"no authenticator key on the enrolment page ({(int)enrol.Response.StatusCode})");
        var account = new Account(email, newPassword, key);
        var enrolled = await enrol.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = account.Code() });
        if (Page.RedirectTarget(enrolled) != "/staff")
        {
            throw new StepFailed($"enrolment went to {Page.RedirectTarget(enrolled)}, not /staff");
        }

        return (account, cookies);
    }

    /// <summary>The administrator invites the officer on /staff/admin/users and grants the whole province; returns the invitation link.</summary>
    public async Task<string> InviteOfficerAsync(CookieContainer adminCookies)
    {
        await using var context = await NewContextAsync();
        await context.AddCookiesAsync(adminCookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = settings.Host, Path = c.Path, Secure = c.Secure, HttpOnly = c.HttpOnly,
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + "staff/admin/users");
        await page.GetByRole(AriaRole.Heading, new() { Name = "邀请工作人员" }).WaitForAsync(new() { Timeout = 45_000 });
        await page.GetByLabel("邮箱").FillAsync(OfficerEmail);
        await page.GetByLabel("姓名").FillAsync("演练民警");
        await page.GetByLabel("角色").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "民警" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("[data-testid=invite-submit]").ClickAsync();
        var link = page.Locator("[data-testid=invitation-link]");
        await link.WaitForAsync(new() { Timeout = 30_000 });
        var invitation = (await link.TextContentAsync())!.Trim();

        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = OfficerEmail }) });
        await row.Locator("[data-testid=user-edit-grants]").ClickAsync();
        await page.Locator("[data-testid=grants-editor]").WaitForAsync();
        await page.GetByLabel("全省（省刑侦总队）").CheckAsync();
        await page.Locator("[data-testid=grants-save]").ClickAsync();
        await row.Locator("[data-testid=user-grants]", new() { HasNotText = "—" }).WaitForAsync(new() { Timeout = 30_000 });
        return invitation;
    }

    /// <summary>The officer opens the invitation link, chooses a password and enrols an authenticator.</summary>
    public async Task<Account> AcceptInvitationAsync(string invitation)
    {
        var cookies = new CookieContainer();
        using var client = Clients.ThroughNginx(settings, cookies: cookies);
        var accept = await Page.GetAsync(client, new Uri(invitation).PathAndQuery);
        const string Password = "Rehearsal-Officer-2026!";
        var accepted = await accept.SubmitAsync(client, new Dictionary<string, string> { ["Input.New"] = Password, ["Input.Confirm"] = Password });
        if ((int)accepted.StatusCode >= 400)
        {
            throw new StepFailed($"accepting the invitation answered {(int)accepted.StatusCode}");
        }

        var (account, _) = await FirstSignInAsync(OfficerEmail, Password, Password);
        return account;
    }

    public async Task<IBrowserContext> NewContextAsync(string? route = null)
    {
        var context = await browser.NewContextAsync(new() { IgnoreHTTPSErrors = false, Locale = "zh-CN" });
        if (route is not null)
        {
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "portal_route", Value = route, Domain = settings.Host, Path = "/", Secure = true, HttpOnly = true }]);
        }

        return context;
    }

    /// <summary>Password, then the authenticator code, on the real pages; ends on <paramref name="path"/>.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context, Settings settings, Account account, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + path.TrimStart('/'));
        await page.WaitForURLAsync("**/account/login?*");
        await page.GetByLabel("邮箱").FillAsync(account.Email);
        await page.GetByLabel("密码").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login-2fa*");
        await page.GetByLabel("身份验证器应用中的 6 位验证码").FillAsync(account.Code());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }
}
