using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class TipReportingJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_reporter_sends_a_tip_anonymously_with_a_photo_and_comes_back_to_add_a_message()
    {
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync(Fixture.BaseUrl + "/report");

        await page.GetByLabel("线索类别").SelectOptionAsync("forced-begging");
        await page.GetByLabel("请描述您看到或知道的情况").FillAsync("天桥下有两个孩子每天被一名成年人带来乞讨，晚上被接走。");
        await page.GetByLabel("地点（县区）").SelectOptionAsync("620502");
        await page.GetByLabel("选择文件").SetInputFilesAsync(new FilePayload
        {
            Name = "天桥.jpg",
            MimeType = "image/jpeg",
            Buffer = Portal.Tests.Tips.Attachments.TestFiles.JpegWithGps("GPS-IN-BROWSER"),
        });
        await page.Locator("form[data-altcha-state=done]").WaitForAsync(new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "提交线索" }).ClickAsync();

        await page.WaitForURLAsync("**/report/receipt*");
        var number = (await page.Locator("[data-testid=receipt-number]").TextContentAsync())!;
        var passphrase = (await page.Locator("[data-testid=receipt-passphrase]").TextContentAsync())!;
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}$", number);

        Assert.Equal("这条线索已附 1 个文件。", await page.Locator("[data-testid=attachment-count]").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-receipt.png"), FullPage = true });

        var later = await Fixture.NewPageAsync();
        await later.GotoAsync(Fixture.BaseUrl + "/report/follow-up");
        await later.GetByLabel("回执号").FillAsync(number);
        await later.GetByLabel("口令").FillAsync(passphrase);
        await later.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await later.Locator("[data-testid=tip-status]").WaitForAsync();
        Assert.Equal("已收到", await later.Locator("[data-testid=tip-status]").TextContentAsync());

        await later.GetByLabel("回复或补充信息").FillAsync("补充：其中一个孩子右手有伤。");
        await later.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await later.GetByText("消息已发送。").WaitForAsync();
        Assert.Contains("补充：其中一个孩子右手有伤。", await later.Locator("[data-testid=messages]").TextContentAsync(), StringComparison.Ordinal);
        await later.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report-follow-up.png"), FullPage = true });
    }
}
