using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>Signing a staff member in through the real pages, and checking a rendered staff page with axe.</summary>
internal static class StaffAccessibility
{
    public static async Task<IPage> SignedInAsync(BrowserFixture fixture, TestUsers.TestUser user, string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + path);
        await page.WaitForURLAsync("**/account/login?*");
        await page.GetByLabel("邮箱").FillAsync(user.Email);
        await page.GetByLabel("密码").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login-2fa*");
        await page.GetByLabel("身份验证器应用中的 6 位验证码").FillAsync(user.CurrentCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }

    /// <summary>No WCAG 2.1 A/AA violation of any impact on the page as it is now; the message names the page and the nodes.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(
            result.Violations.Length == 0,
            $"{what} ({page.Url})\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id} [{v.Impact}]: {v.Help} ({string.Join(", ", v.Nodes.Take(5).Select(n => n.Html))})")));
    }
}
