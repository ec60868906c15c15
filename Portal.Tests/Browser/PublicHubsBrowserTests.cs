using System.IO.Compression;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.PublicSite;
using Portal.Web.PublicSite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The schools hub and the download centre in Chromium: a keyboard-only way from the home page to a curriculum pack (JavaScript off and on), and axe.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PublicHubsBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_keyboard_alone_takes_a_reader_from_the_home_page_to_a_curriculum_pack_on_a_phone(bool javaScript)
    {
        var title = await PublishedCurriculumAsync();
        var page = await Fixture.NewPageAsync(javaScript: javaScript);
        await page.SetViewportSizeAsync(360, 800);
        await page.GotoAsync(Fixture.BaseUrl + PublicUrls.Home);

        Assert.True(await TabUntilFocusedAsync(page, page.Locator($"main a[href='{PublicUrls.Href(PublicUrls.Hub(AudienceHub.Schools))}']:focus")), "Tab never reached the schools hub link on the home page");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Fixture.BaseUrl + PublicUrls.Hub(AudienceHub.Schools));

        var packLink = page.Locator("a.download-pack", new() { HasText = title });
        Assert.True(await TabUntilFocusedAsync(page, page.Locator("a.download-pack:focus", new() { HasText = title })), "Tab never reached the pack link of " + title);
        Assert.True(await packLink.IsVisibleAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.Equal(title + "-课程包.zip", download.SuggestedFilename);
        var saved = Path.Combine(BrowserFixture.ScreenshotFolder, Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(saved);
        await using (var zip = await ZipArchive.CreateAsync(File.OpenRead(saved), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null))
        {
            Assert.Contains(zip.Entries, e => e.FullName.StartsWith("01-", StringComparison.Ordinal) && e.FullName.EndsWith(".html", StringComparison.Ordinal));
            Assert.Contains(zip.Entries, e => e.FullName == "附件/教师指南.pdf");
        }

        File.Delete(saved);
    }

    private static async Task<bool> TabUntilFocusedAsync(IPage page, ILocator focused)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await focused.CountAsync() == 1)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("/for/schools", 360)]
    [InlineData("/for/schools", 1280)]
    [InlineData("/en/for/schools", 360)]
    [InlineData("/for/stations-and-venues", 360)]
    [InlineData("/for/accessible-reading", 1280)]
    [InlineData("/en/for/volunteers", 1280)]
    [InlineData("/downloads", 360)]
    [InlineData("/downloads", 1280)]
    [InlineData("/en/downloads", 360)]
    [InlineData("/downloads?format=EXE", 360)]
    [InlineData("/en/downloads?language=fr", 1280)]
    public async Task Hubs_and_the_download_centre_have_no_serious_axe_violations(string path, int width)
    {
        await PublishedCurriculumAsync();
        // Axe runs as a script in the page; the pages themselves ship none.
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync(Fixture.BaseUrl + path);

        var serious = await StaffPages.SeriousAxeViolationsAsync(page);
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        // Nothing wider than the phone: no sideways scrolling at 360 px.
        var overflow = await page.Locator("main").EvaluateAsync<bool>("main => main.scrollWidth > main.clientWidth + 1");
        Assert.False(overflow, path + " scrolls sideways at " + width);
    }

    [Fact]
    public async Task Screenshots_of_the_schools_hub_and_the_download_centre_on_a_375_px_phone()
    {
        await PublishedCurriculumAsync();
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(375, 812);

        foreach (var (path, name) in new[] { (PublicUrls.Hub(AudienceHub.Schools), "hub-schools-375.png"), (PublicUrls.Downloads, "downloads-375.png") })
        {
            var response = await page.GotoAsync(Fixture.BaseUrl + path);
            Assert.Equal(200, response!.Status);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
        }
    }

    /// <summary>A live primary curriculum of one lesson with a teacher guide, and a live A4 station poster; the curriculum's title.</summary>
    private async Task<string> PublishedCurriculumAsync()
    {
        var desk = await PublicListsHarness.CreateAsync(Fixture.Portal.Services);
        var guide = await desk.UploadAsync("教师指南.pdf", MediaSamples.Pdf(9_000));
        var lesson = await desk.PublishedAsync(ContentType.Lesson, Drafts.Unique("不跟陌生人走：我会保护自己"), PublicListsHarness.Lesson("primary"),
            new Terms(Audience: ["students-primary"], GradeBand: ["primary"]));
        var title = Drafts.Unique("小学反拐安全教育课程");
        await desk.PublishedAsync(ContentType.Curriculum, title, new CurriculumFields
        {
            GradeBand = "primary", Lessons = [lesson.ItemId], Hours = 1, TeacherGuideAssetId = guide, TeacherGuide = "每学年开学初由班主任讲授一次。",
        }, new Terms(Audience: ["students-primary", "teachers"], GradeBand: ["primary"]));
        var image = await desk.UploadAsync("火车站海报.png", MediaSamples.Png(300, 420));
        var print = await desk.UploadAsync("火车站海报-A4.pdf", MediaSamples.Pdf(4_000));
        await desk.PublishedAsync(ContentType.Poster, Drafts.Unique("出门在外，警惕拐卖"), new PosterFields
        {
            ImageAssetId = image, AltText = "火车站反拐海报：出门在外，警惕拐卖，紧急情况拨打 110。", PrintFiles = [new PrintFile { PaperSize = PaperSize.A4, AssetId = print }],
        }, new Terms(Setting: ["railway-station"]));
        await desk.PublishedAsync(ContentType.Article, Drafts.Unique("Keeping children safe"), new ArticleFields(), new Terms(Audience: ["students-primary"]), culture: ContentCultures.English);
        return title;
    }
}
