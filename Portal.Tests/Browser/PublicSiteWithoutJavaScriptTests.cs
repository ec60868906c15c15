using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PublicSiteWithoutJavaScriptTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task The_public_home_page_renders_and_navigates_with_javascript_disabled()
    {
        var page = await Fixture.NewPageAsync(javaScript: false);

        var response = await page.GotoAsync(Fixture.BaseUrl + "/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("识别拐卖，及时举报", await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator("footer a[href='tel:110']").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "home-no-js.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync(Fixture.BaseUrl + "/en"); // the English home page
        Assert.Equal("Recognise trafficking, report it in time", await page.Locator("h1").TextContentAsync());

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Report a tip" }).ClickAsync();
        await page.WaitForURLAsync("**/report");
        Assert.Equal("Report suspected trafficking", await page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task The_login_form_works_with_javascript_disabled()
    {
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync(Fixture.BaseUrl + "/account/login");

        await page.GetByLabel("邮箱").FillAsync("nobody@example.test");
        await page.GetByLabel("密码").FillAsync("Not-The-Password-1!");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        Assert.StartsWith("邮箱或密码不正确", await page.Locator("[role=alert]").TextContentAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/report")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Public_pages_have_no_wcag_2_1_aa_violations_axe_can_find(string path)
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync(Fixture.BaseUrl + path);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
