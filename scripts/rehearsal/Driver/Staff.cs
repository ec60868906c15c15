using System.Net;
using Microsoft.Playwright;
using OtpNet;

namespace Portal.Rehearsal;

/// <summary>
/// Staff as a province makes them: the first administrators from create-admin; the system administrator invites, a
/// security administrator gives roles and jurisdictions, a second one approves the police role and the province.
/// </summary>
internal sealed class Staff(Settings settings, IBrowser browser)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Email, long Step), bool> UsedSteps = new();

    public sealed record Account(string Email, string Password, string AuthenticatorKey)
    {
        /// <summary>A code this account has not used yet: the portal accepts each code once, so a second sign-in within the same 30 seconds waits for the next.</summary>
        public async Task<string> CodeAsync()
        {
            while (true)
            {
                var now = TimeProvider.System.GetUtcNow();
                var step = now.ToUnixTimeSeconds() / 30;
                if (UsedSteps.TryAdd((Email, step), true))
                {
                    return new Totp(Base32Encoding.ToBytes(AuthenticatorKey)).ComputeTotp(now.UtcDateTime);
                }

                await Task.Delay(TimeSpan.FromSeconds(30 - (now.ToUnixTimeSeconds() % 30)) + TimeSpan.FromMilliseconds(200));
            }
        }
    }

    public const string OfficerEmail = "officer@rehearsal.gansu.test";

    public const string PublisherEmail = "publisher@rehearsal.gansu.test";

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
        var enrolled = await enrol.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = await account.CodeAsync() });
        // Enrolment shows the recovery codes once, then a link on to where the person was going.
        var shown = await Page.ParseAsync(enrolled);
        if (shown.Select("[data-testid=recovery-codes]") is null || shown.Document.QuerySelector("[data-testid=enrol-continue]")?.GetAttribute("href")?.TrimStart('/') != "staff")
        {
            throw new StepFailed($"enrolment showed no recovery codes and link on to /staff ({(int)enrolled.StatusCode})");
        }

        return (account, cookies);
    }

    /// <summary>On /staff/admin/users the system administrator invites the officer and the publisher; returns both invitation links.</summary>
    public async Task<(string Officer, string Publisher)> InviteStaffAsync(CookieContainer systemAdminCookies)
    {
        await using var context = await ContextWithAsync(systemAdminCookies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + "staff/admin/users");
        await page.GetByRole(AriaRole.Heading, new() { Name = "邀请工作人员" }).WaitForAsync(new() { Timeout = 45_000 });
        var officer = await InviteAsync(page, OfficerEmail, "演练民警");
        var publisher = await InviteAsync(page, PublisherEmail, "演练发布员");
        return (officer, publisher);
    }

    /// <summary>
    /// A security administrator gives the officer the police role and the whole province (both wait for a second
    /// security administrator) and the publisher their role (at once) with content rights over the joint conference
    /// and every unit below it.
    /// </summary>
    public async Task AssignStaffAsync(CookieContainer securityAdminCookies)
    {
        await using var context = await ContextWithAsync(securityAdminCookies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + "staff/admin/users");
        await Row(page, OfficerEmail).WaitForAsync(new() { Timeout = 45_000 });
        await SetRoleAsync(page, OfficerEmail, "民警");
        await page.Locator("[data-testid=users-notice]", new() { HasText = "须由另一位安全管理员批准" }).WaitForAsync(new() { Timeout = 30_000 });

        await Row(page, OfficerEmail).Locator("[data-testid=user-edit-grants]").ClickAsync();
        await page.Locator("[data-testid=grants-editor]").WaitForAsync();
        await page.GetByLabel("全省（省刑侦总队）").CheckAsync();
        await page.Locator("[data-testid=grants-save]").ClickAsync();
        await page.Locator("[data-testid=grants-editor]").WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 30_000 });

        await SetRoleAsync(page, PublisherEmail, "发布员");
        await Row(page, PublisherEmail).Locator("td", new() { HasText = "发布员" }).First.WaitForAsync(new() { Timeout = 30_000 });
        await Row(page, PublisherEmail).Locator("[data-testid=user-edit-department-grants]").ClickAsync();
        var editor = page.Locator("[data-testid=department-grants-editor]");
        await editor.WaitForAsync();
        await editor.GetByLabel("单位", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "甘肃省反对拐卖人口联席会议", Exact = true }).ClickAsync();
        await editor.GetByLabel("角色", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "发布员", Exact = true }).ClickAsync();
        await editor.GetByLabel("包含下级单位").CheckAsync();
        await editor.Locator("[data-testid=department-grant-add]").ClickAsync();
        await editor.Locator("[data-testid=department-grant]", new() { HasText = "发布员" }).WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The second security administrator approves every waiting request on /staff/admin/approvals; returns how many.</summary>
    public async Task<int> ApproveAllAsync(CookieContainer secondAdminCookies)
    {
        await using var context = await ContextWithAsync(secondAdminCookies);
        var page = await context.NewPageAsync();
        await page.GotoAsync(settings.BaseUrl + "staff/admin/approvals");
        var approve = page.Locator("[data-testid=approval-approve]");
        await approve.First.WaitForAsync(new() { Timeout = 45_000 });
        var approved = 0;
        while (await approve.CountAsync() > 0)
        {
            var before = await approve.CountAsync();
            await approve.First.ClickAsync();
            approved++;
            await page.WaitForFunctionAsync("n => document.querySelectorAll('[data-testid=approval-approve]').length < n", before, new() { Timeout = 30_000 });
        }

        return approved;
    }

    private async Task<IBrowserContext> ContextWithAsync(CookieContainer cookies)
    {
        var context = await NewContextAsync();
        await context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = settings.Host, Path = c.Path, Secure = c.Secure, HttpOnly = c.HttpOnly,
        }));
        return context;
    }

    private static async Task SetRoleAsync(IPage page, string email, string role)
    {
        var row = Row(page, email);
        await row.Locator("[data-testid=user-edit-roles]").ClickAsync();
        await row.GetByLabel("角色").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = role, Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
    }

    private static ILocator Row(IPage page, string email) =>
        page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = email }) });

    private static async Task<string> InviteAsync(IPage page, string email, string name)
    {
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("姓名").FillAsync(name);
        await page.Locator("[data-testid=invite-submit]").ClickAsync();
        // The new person's row shows once the invitation is made; the link above the table is theirs by then.
        await Row(page, email).WaitForAsync(new() { Timeout = 30_000 });
        return (await page.Locator("[data-testid=invitation-link]").TextContentAsync())!.Trim();
    }

    /// <summary>The invited person opens the invitation link, chooses a password and enrols an authenticator.</summary>
    public async Task<Account> AcceptInvitationAsync(string invitation, string email)
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

        var (account, _) = await FirstSignInAsync(email, Password, Password);
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
        await page.GetByLabel("身份验证器应用中的 6 位验证码").FillAsync(await account.CodeAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }
}
