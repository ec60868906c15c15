using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class StaffSignInJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task An_editor_signs_in_with_password_and_authenticator_code_and_reaches_the_staff_home()
    {
        var editor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Editor);
        var page = await StaffPages.SignedInAsync(Fixture, editor, "/staff");

        var welcome = page.Locator("[data-testid=staff-welcome]");
        await WaitOrExplainAsync(welcome);
        Assert.Equal("您好，测试 Editor。", await welcome.TextContentAsync());
        Assert.Equal("测试 Editor", await page.Locator("[data-testid=staff-user]").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "staff-home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await WaitOrExplainAsync(page.Locator("[role=status]", new() { HasText = "您已安全退出。" }));
        Assert.EndsWith("/account/login?signedOut=1", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_system_administrator_invites_a_reviewer_from_the_users_page()
    {
        var admin = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SystemAdministrator);
        var page = await StaffPages.SignedInAsync(Fixture, admin, "/staff/admin/users");

        await WaitOrExplainAsync(page.GetByRole(AriaRole.Heading, new() { Name = "邀请工作人员" }));
        var email = $"reviewer-{Guid.NewGuid():N}@example.test";
        await page.GetByLabel("邮箱").FillAsync(email);
        await page.GetByLabel("姓名").FillAsync("王审核");
        await page.Locator("[data-testid=invite-submit]").ClickAsync();

        var link = page.Locator("[data-testid=invitation-link]");
        await link.WaitForAsync();
        Assert.Contains("/account/accept-invitation?user=", await link.TextContentAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Cell, new() { Name = email }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-users.png"), FullPage = true });
    }

    /// <summary>Interactive pages need the circuit; if it never renders, the browser console says why.</summary>
    private async Task WaitOrExplainAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = 45_000 });
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(exception.Message + $"\nPage: {locator.Page.Url}\nBrowser console:\n" + string.Join("\n", Fixture.BrowserMessages), exception);
        }
    }
}
