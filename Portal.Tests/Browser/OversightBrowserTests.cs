using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tests.Oversight;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers.Model;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>The oversight dashboard and the annual report in Chromium: charts beside tables, accessible, printable.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class OversightBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const int Year = 2024;

    [Fact]
    public async Task The_provincial_office_filters_the_dashboard_and_prints_the_annual_report()
    {
        await SeedYearAsync();
        var office = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.ProvincialOffice);
        var page = await SignedInAtAsync(office, "/staff/oversight");

        await WaitOrExplainAsync(page.Locator("[data-testid=table-tips-by-month]"));
        await page.GetByLabel("开始日期").FillAsync($"{Year}-01-01");
        await page.GetByLabel("结束日期").FillAsync($"{Year}-12-31");
        await page.GetByLabel("结束日期").PressAsync("Tab");
        await page.Locator("[data-testid=filter-apply]").ClickAsync();
        await WaitOrExplainAsync(page.Locator("[data-testid=table-tips-by-month] tbody tr", new() { HasText = $"{Year}年12月" }));
        Assert.Equal(120, await TotalAsync(page.Locator("[data-testid=table-tips-by-region] tbody td")));
        Assert.True(await page.Locator("[data-testid=oversight-tips-by-month] svg").CountAsync() > 0, "the chart is drawn");
        Assert.Equal(OversightTableIds, await page.Locator("[data-testid^=csv-]").EvaluateAllAsync<string[]>("links => links.map(l => l.dataset.testid.substring(4))"));
        await AssertAccessibleAsync(page);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "oversight-dashboard.png"), FullPage = true });

        // The same signed-in browser; the report page itself is static and loads no script.
        var report = await page.Context.NewPageAsync();
        await report.GotoAsync(Fixture.BaseUrl + $"/staff/oversight/report/{Year}");
        Assert.Contains($"{Year}年，全省共收到举报线索120条", await report.Locator("[data-testid=report-text]").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{2,}", await report.Locator("main").InnerTextAsync());
        await report.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await report.Locator(".case-file-bar").IsVisibleAsync(), "the bar is not printed");
        await report.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "oversight-report-print.png"), FullPage = true });
    }

    [Fact]
    public async Task Every_CSV_link_is_clicked_with_the_mouse_at_1280_and_1920_px_and_delivers_its_file()
    {
        // Another year than the other test's: both write into the one portal of the browser collection.
        const int OtherYear = Year - 1;
        await SeedYearAsync(OtherYear);
        var office = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.ProvincialOffice);
        var page = await SignedInAtAsync(office, "/staff/oversight");
        await WaitOrExplainAsync(page.Locator("[data-testid=table-tips-by-month]"));
        await page.GetByLabel("开始日期").FillAsync($"{OtherYear}-01-01");
        await page.GetByLabel("结束日期").FillAsync($"{OtherYear}-12-31");
        await page.GetByLabel("结束日期").PressAsync("Tab");
        await page.Locator("[data-testid=filter-apply]").ClickAsync();
        await WaitOrExplainAsync(page.Locator("[data-testid=table-tips-by-month] tbody tr", new() { HasText = $"{OtherYear}年12月" }));

        foreach (var width in new[] { 1280, 1920 })
        {
            await page.SetViewportSizeAsync(width, 900);
            foreach (var id in OversightTableIds)
            {
                var link = page.Locator($"[data-testid=csv-{id}]");
                await link.ScrollIntoViewIfNeededAsync();
                // A real mouse click: Playwright refuses (and times out) when another element lies over the link.
                var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(new() { Timeout = 10_000 }), new() { Timeout = 30_000 });
                Assert.StartsWith(id + "_", download.SuggestedFilename, StringComparison.Ordinal);
                Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
                var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
                Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
            }

            await page.EvaluateAsync("window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"oversight-dashboard-{width}.png"), FullPage = true });
        }

        // Month labels of the chart do not overlap at 1280 px, on screen and printed.
        await page.SetViewportSizeAsync(1280, 900);
        await AssertMonthLabelsApartAsync(page, "oversight-chart-months-1280.png");
        await page.Locator("[data-testid=oversight-tips-by-region]").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "oversight-chart-regions-1280.png") });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await AssertMonthLabelsApartAsync(page, "oversight-chart-months-print.png");
    }

    /// <summary>
    /// The labels may be turned, so each one's own box is compared in the turned frame (the turn taken out of its
    /// transformation), not its screen rectangle.
    /// </summary>
    private static async Task AssertMonthLabelsApartAsync(IPage page, string screenshot)
    {
        var chart = page.Locator("[data-testid=oversight-tips-by-month]");
        await chart.ScrollIntoViewIfNeededAsync();
        await chart.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, screenshot) });
        var boxes = await chart.Locator("svg text").EvaluateAllAsync<double[][]>(
            """
            texts => texts.filter(t => /月/.test(t.textContent)).map(t => {
                const m = t.getCTM(), b = t.getBBox(), s = Math.hypot(m.a, m.b);
                const [x, y] = [(m.a * m.e + m.b * m.f) / s, (m.c * m.e + m.d * m.f) / s];
                return [s * b.x + x, s * b.y + y, s * (b.x + b.width) + x, s * (b.y + b.height) + y];
            })
            """);
        Assert.Equal(12, boxes.Length);
        for (var i = 1; i < boxes.Length; i++)
        {
            var (a, b) = (boxes[i - 1], boxes[i]);
            var overlap = Math.Min(a[2], b[2]) > Math.Max(a[0], b[0]) && Math.Min(a[3], b[3]) > Math.Max(a[1], b[1]);
            Assert.False(overlap, $"{screenshot}: month labels {i} and {i + 1} overlap: [{string.Join(", ", a)}] [{string.Join(", ", b)}]");
        }
    }

    private static readonly string[] OversightTableIds = [.. Portal.Web.Oversight.OversightTable.Ids];

    /// <summary>120 tips over the year in five prefectures and the provincial queue, some rewards and volunteers.</summary>
    private async Task SeedYearAsync(int year = Year)
    {
        var f = new OversightHarness(Fixture.Portal);
        var random = new Random(8);
        string[] places = [OversightHarness.Chengguan, OversightHarness.Lanzhou, OversightHarness.BaiyinDistrict, OversightHarness.Jiuquan, "620500", "621200", Jurisdictions.Province];
        for (var i = 0; i < 120; i++)
        {
            var received = OversightHarness.Cst(year, 1 + (i % 12), 1 + random.Next(28), random.Next(24), random.Next(60));
            var closed = random.NextDouble() < 0.7;
            var id = await f.TipAsync(places[random.Next(places.Length)], TipCategory.All[random.Next(TipCategory.All.Count)], received,
                TimeSpan.FromMinutes(1 + random.Next(600)), closed ? TimeSpan.FromDays(1 + random.Next(40)) : null,
                closed ? (random.NextDouble() < 0.3 ? CaseOutcome.Substantiated : CaseOutcome.Unsubstantiated) : null);
            if (i % 10 == 0)
            {
                await f.RewardAsync(id, RewardStatus.Paid, 500 + (100 * (i % 3)), received.AddDays(20), received.AddDays(22), received.AddDays(30));
            }
        }

        foreach (var (prefecture, i) in new[] { OversightHarness.Lanzhou, OversightHarness.Jiuquan, "620500", OversightHarness.Lanzhou }.Select((p, i) => (p, i)))
        {
            await f.VolunteerAsync(prefecture, VolunteerStatus.Active, 240 + (60 * i), OversightHarness.Cst(year, 3 + i, 10, 10, 0));
        }

        await f.Rollup.RefreshAsync();
    }

    private static async Task<int> TotalAsync(ILocator cells) =>
        (await cells.AllTextContentsAsync()).Sum(text => int.TryParse(text.Replace(",", "", StringComparison.Ordinal), out var n) ? n : 0);

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))})")));
    }

    private async Task<IPage> SignedInAtAsync(TestUsers.TestUser user, string path)
    {
        var page = await StaffPages.SignedInAsync(Fixture, user, path);
        await page.SetViewportSizeAsync(1400, 900);
        return page;
    }

    private async Task WaitOrExplainAsync(ILocator locator)
    {
        try
        {
            await locator.First.WaitForAsync(new() { Timeout = 45_000 });
        }
        catch (TimeoutException exception)
        {
            var shot = Path.Combine(BrowserFixture.ScreenshotFolder, "oversight-timeout.png");
            await locator.Page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new TimeoutException($"Screenshot: {shot}\nPage: {locator.Page.Url}\nBrowser console:\n" + string.Join("\n", Fixture.BrowserMessages) + "\n" + exception.Message, exception);
        }
    }
}
