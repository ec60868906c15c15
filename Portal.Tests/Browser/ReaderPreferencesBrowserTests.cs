using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The reading preferences in a real browser with JavaScript off: high contrast and larger text switched on through the
/// form, then the pages checked by axe with the preferences applied.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ReaderPreferencesBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Theory]
    [InlineData("zh-CN", 360, "无障碍阅读设置", "高对比度（黑底黄字）", "大字号", "保存设置")]
    [InlineData("en", 1280, "Reading preferences", "High contrast (yellow on black)", "Larger text", "Save preferences")]
    public async Task High_contrast_and_larger_text_are_chosen_without_javascript_and_pass_axe(
        string culture, int width, string link, string contrast, string larger, string save)
    {
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync(Fixture.BaseUrl + "/report");
        // The tip form has an English twin: the language switch leads there, and the preferences come back to it.
        var form = culture == "en" ? "/en/report" : "/report";
        if (culture == "en")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            await page.WaitForURLAsync(Fixture.BaseUrl + form);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await page.WaitForURLAsync("**/preferences?returnUrl=*");
        await page.GetByLabel(contrast).CheckAsync();
        await page.GetByLabel(larger).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = save }).ClickAsync();
        await page.WaitForURLAsync(Fixture.BaseUrl + form);
        Assert.Equal("reader-contrast reader-text", await page.Locator("html").GetAttributeAsync("class"));

        await page.GotoAsync(Fixture.BaseUrl + "/");
        await page.SetViewportSizeAsync(375, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"home-high-contrast-{culture}-375.png"), FullPage = true });

        // axe runs as a script, so it checks the same pages in a context that has the reader's cookies and JavaScript.
        var cookies = await page.Context.CookiesAsync();
        var checking = await Fixture.NewPageAsync(javaScript: true);
        await checking.Context.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await checking.SetViewportSizeAsync(width, 900);
        foreach (var path in new[] { "/", "/preferences", "/report" })
        {
            await checking.GotoAsync(Fixture.BaseUrl + path);
            Assert.Equal("reader-contrast reader-text", await checking.Locator("html").GetAttributeAsync("class"));
            var serious = await StaffPages.SeriousAxeViolationsAsync(checking);
            Assert.True(serious.Count == 0, path + ": " + string.Join("\n", serious));
        }
    }
}
