using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Portal.Web.PublicSite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The quick exit in Chromium. The neutral site (the configured default) is answered by the test through Playwright's
/// routing: this machine has no internet, and the browser still navigates to that address as it would for a reporter.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class QuickExitBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const string NeutralHeading = "今日天气";

    private string NeutralUrl => Fixture.Portal.Services.GetRequiredService<IOptions<QuickExitOptions>>().Value.Url;

    [Fact]
    public async Task Without_javascript_the_link_leaves_for_the_neutral_site_in_the_same_tab()
    {
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync(Fixture.BaseUrl + "/report");
        Assert.False(await page.Locator("[data-quick-exit-escape]").IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "快速离开" }).ClickAsync();

        await page.WaitForURLAsync(NeutralUrl);
        Assert.Equal(NeutralHeading, await page.Locator("h1").TextContentAsync());
        Assert.Single(page.Context.Pages);
    }

    [Fact]
    public async Task One_escape_does_not_leave_three_do_and_back_does_not_return_to_the_tip_form()
    {
        var page = await NewPageAsync(javaScript: true);
        await page.GotoAsync(Fixture.BaseUrl + "/");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "在线举报线索" }).First.ClickAsync();
        await page.WaitForURLAsync("**/report");
        Assert.True(await page.GetByText("连按三次 Esc 键也可快速离开").IsVisibleAsync());
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-quick-exit-360.png") });
        await page.EvaluateAsync("() => window.scrollTo(0, 1500)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-quick-exit-360-scrolled.png") });
        var stuck = await page.Locator("a.quick-exit-link").BoundingBoxAsync();
        Assert.InRange(stuck!.Y, 0, 40); // sticky at the top of a small screen

        var narrative = page.Locator("#what-happened");
        await narrative.FillAsync("他每天查看我的手机");
        await narrative.PressAsync("Escape");
        AssertStillHere(page, await page.EvaluateAsync<bool>(LeavingScript));
        await page.Keyboard.PressAsync("Escape");
        AssertStillHere(page, await page.EvaluateAsync<bool>(LeavingScript));
        Assert.Equal("他每天查看我的手机", await narrative.InputValueAsync());
        // Three presses in a row: the checks above can outlast the five-second window on a loaded machine, and the
        // presses before them may or may not still count; three at once must leave either way.
        await LeavesAsync(page, async () =>
        {
            for (var press = 0; press < 3; press++)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        });
        Assert.Equal(NeutralHeading, await page.Locator("h1").TextContentAsync());
        await page.GoBackAsync();
        await page.WaitForURLAsync(Fixture.BaseUrl + "/");
        Assert.Equal(Fixture.BaseUrl + "/", page.Url);
    }

    [Fact]
    public async Task Links_between_tip_pages_replace_them_so_back_after_leaving_skips_all_of_them()
    {
        var page = await NewPageAsync(javaScript: true);
        await page.GotoAsync(Fixture.BaseUrl + "/");
        await page.GotoAsync(Fixture.BaseUrl + "/report");

        await page.GetByRole(AriaRole.Link, new() { Name = "了解如何隐藏浏览痕迹" }).ClickAsync();
        await page.WaitForURLAsync("**/report/cover-your-tracks");
        await page.GetByRole(AriaRole.Link, new() { Name = "返回举报表单" }).ClickAsync();
        await page.WaitForURLAsync("**/report");
        await LeavesAsync(page, () => page.GetByRole(AriaRole.Link, new() { Name = "快速离开" }).ClickAsync());
        Assert.Equal(NeutralHeading, await page.Locator("h1").TextContentAsync());
        await page.GoBackAsync();
        await page.WaitForURLAsync(Fixture.BaseUrl + "/");
    }

    [Fact]
    public async Task Back_onto_the_follow_up_page_after_a_sign_in_shows_the_empty_form_and_posts_nothing_again()
    {
        var page = await NewPageAsync(javaScript: true);
        await page.GotoAsync(Fixture.BaseUrl + "/report/follow-up");
        await page.GetByLabel("回执号", new() { Exact = true }).FillAsync("1234567812345678");
        await page.GetByLabel("口令", new() { Exact = true }).FillAsync("AAAA-BBBB-CCCC");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await page.GotoAsync(Fixture.BaseUrl + "/");
        await page.GoBackAsync();

        await page.WaitForURLAsync("**/report/follow-up");
        Assert.Equal(0, await page.Locator("[role=alert]").CountAsync());
        Assert.Equal("", await page.GetByLabel("回执号", new() { Exact = true }).InputValueAsync());
        Assert.Equal(0, posts);
    }

    /// <summary>
    /// Waits for the neutral site with the wait set up before the action: a wait begun after it can miss a navigation
    /// that commits in between (seen on a loaded machine as a 90-second hang).
    /// </summary>
    private async Task LeavesAsync(IPage page, Func<Task> action)
    {
        var arrived = page.WaitForURLAsync(NeutralUrl, new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await arrived;
    }

    /// <summary>The key handler runs before a key press returns, and leaving marks the page at once.</summary>
    private const string LeavingScript = "() => document.documentElement.classList.contains('quick-exit-leaving')";

    private static void AssertStillHere(IPage page, bool leaving)
    {
        Assert.False(leaving);
        Assert.EndsWith("/report", page.Url, StringComparison.Ordinal);
    }

    private async Task<IPage> NewPageAsync(bool javaScript)
    {
        var page = await Fixture.NewPageAsync(javaScript);
        await page.Context.RouteAsync(NeutralUrl + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = $"<!DOCTYPE html><html lang=\"zh-CN\"><title>天气</title><h1>{NeutralHeading}</h1></html>",
        }));
        return page;
    }
}
