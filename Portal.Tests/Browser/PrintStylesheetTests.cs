using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Web.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>A lesson printed from the public site: no navigation, the emergency number kept, links spelled out.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PrintStylesheetTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_printed_lesson_has_no_navigation_keeps_110_and_spells_out_its_links()
    {
        var newsroom = await PortalNewsroom.CreateAsync(Fixture.Portal.Services);
        var slug = "print-lesson-" + Guid.NewGuid().ToString("N")[..6];
        await newsroom.PublishedAsync(
            new ContentDraft
            {
                Title = Drafts.Unique("遇到陌生人求助怎么办"),
                Slug = slug,
                Fields = new LessonFields
                {
                    GradeBand = "primary", Objectives = ["知道遇到陌生人求助时怎么办"], DurationMinutes = 40,
                    Activities = [new LessonActivity { Title = "情景讨论", Minutes = 20, Description = "陌生人请你帮忙找小狗，你怎么办？" }],
                    TeacherNotes = "先了解班级情况。", SafetyGuidance = "学生透露受侵害情况时，按强制报告制度立即报告学校和公安机关。",
                },
                Blocks = [Drafts.Paragraph("<p>发现线索可以<a href=\"/report\">在线举报</a>。</p>")],
            },
            ContentType.Lesson);
        var page = await Fixture.NewPageAsync();
        await page.GotoAsync(Fixture.BaseUrl + ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, slug));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".main-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".preferences-link").IsVisibleAsync());
        Assert.True(await page.Locator("footer a[href='tel:110']").IsVisibleAsync());
        var after = await page.Locator("article.content-lesson a[href='/report']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("/report", after, StringComparison.Ordinal);
        await page.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "lesson-print.png"), FullPage = true });
    }
}
