using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>Signing a test user in through the real pages (password, then the authenticator code), and waiting with an explanation.</summary>
internal static class StaffPages
{
    public static async Task<IPage> SignedInAsync(BrowserFixture fixture, TestUsers.TestUser user, string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.WaitForURLAsync("**/account/login?*");
        await page.GetByLabel("邮箱").FillAsync(user.Email);
        await page.GetByLabel("密码").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        var codeField = page.GetByLabel("身份验证器应用中的 6 位验证码");
        try
        {
            // The field, not the page's load event: on a loaded machine the wait for "load" began after it had fired
            // and hung for its whole timeout, with the code page already shown.
            await codeField.WaitForAsync();
        }
        catch (TimeoutException exception)
        {
            var alerts = page.Locator("[role=alert]");
            var shown = await alerts.CountAsync() > 0 ? await alerts.First.TextContentAsync() : "(none)";
            throw new TimeoutException($"Waiting for the authenticator code page timed out; the page stood at {page.Url}. Message on the page: {shown}", exception);
        }

        Assert.Contains("/account/login-2fa", page.Url, StringComparison.Ordinal);
        await codeField.FillAsync(await user.UnusedCodeAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync("**" + path);
        }
        catch (TimeoutException exception)
        {
            var shot = Path.Combine(BrowserFixture.ScreenshotFolder, "sign-in-timeout.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            var text = await page.Locator("main").AllInnerTextsAsync();
            throw new TimeoutException($"Sign-in did not reach {path}; it stood at {page.Url}. Screenshot: {shot}\nPage text: {string.Join(" ", text)}", exception);
        }

        return page;
    }

    /// <summary>Interactive pages need the circuit; if it never renders, the screenshot and the browser console say why.</summary>
    public static async Task WaitOrExplainAsync(BrowserFixture fixture, ILocator locator, string screenshot, float timeout = 45_000)
    {
        try
        {
            await locator.First.WaitForAsync(new() { Timeout = timeout });
        }
        catch (TimeoutException exception)
        {
            var shot = Path.Combine(BrowserFixture.ScreenshotFolder, screenshot);
            await locator.Page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            var alerts = string.Join("\n", await locator.Page.Locator(".mud-alert").AllTextContentsAsync());
            throw new TimeoutException($"Screenshot: {shot}\n{exception.Message}\nPage: {locator.Page.Url}\nAlerts on the page:\n{alerts}\nBrowser console:\n" + string.Join("\n", fixture.BrowserMessages), exception);
        }
    }

    /// <summary>No WCAG 2.1 A/AA or 2.2 AA violation of any impact on the page as it is now; the message names the page and the nodes.</summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(
            result.Violations.Length == 0,
            $"{what} ({page.Url})\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id} [{v.Impact}]: {v.Help} ({string.Join(", ", v.Nodes.Take(5).Select(n => n.Html))})")));
    }

    /// <summary>The public pages' bar: axe's WCAG 2.0–2.2 A/AA rules, violations of impact serious or critical, described.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} [{v.Impact}] {v.Help} ({string.Join(", ", v.Nodes.Take(5).Select(n => n.Html))})")];
    }
}
