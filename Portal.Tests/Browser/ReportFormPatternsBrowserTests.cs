using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The GOV.UK form patterns of the tip form in Chromium, by keyboard: a refused form puts focus on the error summary,
/// Tab and Enter on each of its links puts focus on that field (without script too: autofocus and the fragment do it);
/// at 360 px the category, what happened and the button send a tip while every optional section stays closed, and the
/// receipt is a confirmation panel with what happens next.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ReportFormPatternsBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const string ActiveId = "() => document.activeElement?.id ?? ''";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_tip_focuses_the_summary_and_each_link_moves_focus_to_its_field(bool javaScript)
    {
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync(Fixture.BaseUrl + "/report");
        // A wrong age inside the closed people section, no category and no description.
        await page.Locator("#people-section > summary").ClickAsync();
        await page.Locator("summary", new() { HasText = "人员 2" }).ClickAsync();
        await page.Locator("#person-2-age").FillAsync("200");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交线索" }).ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();

        Assert.Equal("form-errors", await page.EvaluateAsync<string>(ActiveId));
        Assert.StartsWith("错误：", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("请修改以下问题", await page.Locator("#form-errors h2").TextContentAsync());
        string[] fields = ["category", "what-happened", "person-2-age"];
        Assert.Equal(fields.Length, await page.Locator("#form-errors li a").CountAsync());
        for (var i = 0; i < fields.Length; i++)
        {
            await page.Locator("#form-errors").FocusAsync();
            for (var tab = 0; tab <= i; tab++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.EndsWith("#" + fields[i], await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"), StringComparison.Ordinal);
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync($"() => document.activeElement?.id === '{fields[i]}'");
            Assert.EndsWith("/report#" + fields[i], page.Url, StringComparison.Ordinal);
            Assert.True(await page.Locator("#" + fields[i]).IsVisibleAsync());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Name_phone_and_institution_show_only_when_the_reporter_chooses_to_give_them(bool javaScript)
    {
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync(Fixture.BaseUrl + "/report");
        await page.Locator("#who-section > summary").ClickAsync();
        Assert.True(await page.Locator("#mode-anonymous").IsCheckedAsync());
        string[] identity = ["#name", "#phone", "#institution", "#role"];
        foreach (var field in identity)
        {
            Assert.False(await page.Locator(field).IsVisibleAsync());
        }

        await page.Locator("#mode-named").CheckAsync();
        foreach (var field in identity)
        {
            Assert.True(await page.Locator(field).IsVisibleAsync());
        }

        await page.Locator("#name").FillAsync("王芳");
        await page.Locator("#mode-anonymous").CheckAsync();
        Assert.False(await page.Locator("#name").IsVisibleAsync());
    }

    [Theory]
    [InlineData("/report", "提交线索", "**/report/receipt", "接下来会怎样")]
    [InlineData("/en/report", "Send the tip", "**/en/report/receipt", "What happens next")]
    public async Task At_360_px_the_category_what_happened_and_the_button_send_a_tip_with_every_optional_section_closed(
        string path, string button, string receipt, string next)
    {
        var page = await NewPageAsync(javaScript: true);
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync(Fixture.BaseUrl + path);

        await page.Locator("#category").SelectOptionAsync("forced-labour");
        await page.Locator("#what-happened").FillAsync("Two teenagers were taken from the station with a promise of work. 车站有人带走两名少年。");
        Assert.Equal(2, await page.Locator("details.optional-section").CountAsync());
        Assert.Equal(0, await page.Locator("details[open]").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-shortest-path-360.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

        await page.WaitForURLAsync(receipt);
        Assert.Equal(0, await page.Locator("details[open]").CountAsync());
        Assert.True(await page.Locator("[data-testid=confirmation-panel] [data-testid=receipt-number]").IsVisibleAsync());
        Assert.Equal(next, await page.Locator("[data-testid=what-happens-next] h2").TextContentAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "receipt-panel-360.png"), FullPage = true });
    }

    private async Task<IPage> NewPageAsync(bool javaScript) => await Fixture.NewPageAsync(javaScript);
}
