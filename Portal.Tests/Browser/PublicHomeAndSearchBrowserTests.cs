using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The home, alerts and search pages in Chromium with JavaScript off: searching from the home page and filtering
/// work as plain GET forms, and axe finds nothing serious or critical (WCAG 2.0–2.2 A/AA) in either language at
/// phone and desktop widths, in the empty, result and error states.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PublicHomeAndSearchBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool seeded;

    [Fact]
    public async Task A_reader_without_javascript_searches_from_the_home_page_and_narrows_by_audience()
    {
        await SeedAsync();
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(375, 800);

        await page.GotoAsync(Fixture.BaseUrl + "/");
        Assert.Equal("识别拐卖，及时举报", await page.Locator("main h1").TextContentAsync());
        Assert.True(await page.Locator("main a[href='tel:110']").First.IsVisibleAsync());
        Assert.Contains("寻人启事：白银汽车站走失男孩", await page.Locator("section.home-alerts").TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "home-375.png"), FullPage = true });

        await page.Locator("#home-q").FillAsync("冰糖葫芦");
        await page.Locator("main form[role=search] button").ClickAsync();
        await page.WaitForURLAsync("**/search?q=*");
        Assert.Equal("找到 2 条结果", await page.Locator("#results-heading").TextContentAsync());
        Assert.Equal("冰糖葫芦", await page.Locator(".result mark").First.TextContentAsync());

        await page.GetByLabel("适用人群").SelectOptionAsync("teachers");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**audience=teachers*");
        Assert.Equal("找到 1 条结果", await page.Locator("#results-heading").TextContentAsync());
        Assert.Equal("冰糖葫芦游戏：给老师的反拐课", await page.Locator(".result h3").TextContentAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "search-375.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/", 360)]
    [InlineData("/", 1280)]
    [InlineData("/en", 360)]
    [InlineData("/alerts", 360)]
    [InlineData("/en/alerts", 1280)]
    [InlineData("/search", 360)]
    [InlineData("/search?q=%E5%86%B0%E7%B3%96%E8%91%AB%E8%8A%A6", 360)]
    [InlineData("/search?q=%E5%86%B0%E7%B3%96%E8%91%AB%E8%8A%A6", 1280)]
    [InlineData("/search?audience=nobody&type=brochure", 360)]
    [InlineData("/en/search?q=lantern", 1280)]
    [InlineData("/en/search?type=brochure", 360)]
    public async Task Home_alerts_and_search_have_no_serious_or_critical_axe_violations(string path, int width)
    {
        await SeedAsync();
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(width, 900);
        var response = await page.GotoAsync(Fixture.BaseUrl + path);
        Assert.Equal(200, response!.Status);

        // axe needs script in the page; the page itself ran without any.
        var checking = await Fixture.NewPageAsync();
        await checking.SetViewportSizeAsync(width, 900);
        await checking.GotoAsync(Fixture.BaseUrl + path);
        var serious = await StaffPages.SeriousAxeViolationsAsync(checking);
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Equal(0, await page.Locator("script").CountAsync());
    }

    private async Task SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (seeded)
            {
                return;
            }

            var newsroom = await PortalNewsroom.CreateAsync(Fixture.Portal.Services);
            await newsroom.PublishedAsync(new ContentDraft
            {
                Title = "寻人启事：白银汽车站走失男孩",
                Summary = "男孩，7 岁，身穿蓝色校服。如有线索请立即拨打 110。",
                Fields = new AlertFields { Kind = AlertKind.MissingPerson, ExpiresAt = TimeProvider.System.GetUtcNow().AddDays(2), ContactPhone = "110" },
                Blocks = [Drafts.Paragraph("<p>请留意身边独自一人的儿童。</p>")],
            }, ContentType.Alert);
            await newsroom.PublishedAsync(Drafts.Article("冰糖葫芦游戏：给老师的反拐课", Drafts.Paragraph("<p>用冰糖葫芦游戏讲解如何向警察求助。</p>")).WithAudience("teachers"));
            await newsroom.PublishedAsync(Drafts.Article("家长须知：冰糖葫芦摊前的陌生人", Drafts.Paragraph("<p>带孩子买冰糖葫芦时不要让孩子离开视线。</p>")).WithAudience("parents"));
            await newsroom.PublishedAsync(
                Drafts.Article("The lantern game: a lesson for teachers", Drafts.Paragraph("<p>Use the lantern game to teach how to ask the police for help.</p>")).WithAudience("teachers"),
                culture: ContentCultures.English);
            seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }
}
