using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.PublicSite;
using Portal.Web.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// axe (WCAG 2.0–2.2 A/AA) over the public page types — home, alerts, search with results and with a bad filter,
/// downloads and its error state, hubs, preferences, the tip form, volunteer sign-up, follow-up sign-in, the receipt,
/// cover your tracks and content pages of several types — in both languages, at 360 and 1280 px, without and with the
/// high-contrast + larger-text reading preferences (the cookie the preferences form sets). No violation of impact serious or critical. The pages
/// also may not scroll sideways at 360 px.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PublicAccessibilityMatrixTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Theory]
    [InlineData(ContentCultures.Chinese, 360, false)]
    [InlineData(ContentCultures.Chinese, 1280, true)]
    [InlineData(ContentCultures.English, 360, true)]
    [InlineData(ContentCultures.English, 1280, false)]
    [InlineData(ContentCultures.Chinese, 360, true)]
    [InlineData(ContentCultures.English, 1280, true)]
    public async Task Every_public_page_type_passes_axe(string culture, int width, bool contrastAndLargeText)
    {
        var contentPaths = await PublishedContentPathsAsync(culture);
        var prefix = culture == ContentCultures.English ? "/en" : "";
        string[] pages =
        [
            prefix + "/", prefix + "/alerts", prefix + "/search?q=" + Uri.EscapeDataString(culture == ContentCultures.English ? "recruitment" : "招工"),
            prefix + "/search?type=no-such-type", prefix + "/downloads", prefix + "/downloads?format=NOPE",
            prefix + "/for/schools", prefix + "/for/stations-and-venues", prefix + "/for/accessible-reading", prefix + "/for/volunteers",
            prefix + "/for/families", prefix + "/preferences", prefix + "/report", prefix + "/volunteer", prefix + "/report/follow-up", prefix + "/report/receipt",
            prefix + "/report/cover-your-tracks", "/no-such-page",
            .. contentPaths,
        ];
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var cookies = new List<Cookie>();
        if (culture == ContentCultures.English)
        {
            cookies.Add(new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = Fixture.BaseUrl });
        }

        if (contrastAndLargeText)
        {
            cookies.Add(new Cookie { Name = "portal-reader", Value = "contrast.text", Url = Fixture.BaseUrl });
        }

        await page.Context.AddCookiesAsync(cookies);
        var failures = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(Fixture.BaseUrl + path);
            if (contrastAndLargeText)
            {
                Assert.Equal("reader-contrast reader-text", await page.Locator("html").GetAttributeAsync("class"));
            }

            failures.AddRange((await StaffPages.SeriousAxeViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
            if (width == 360 && await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
            {
                failures.Add($"{path}: scrolls sideways at 360 px");
            }
        }

        Assert.True(failures.Count == 0, $"{culture} {width}px prefs={contrastAndLargeText}\n" + string.Join("\n", failures));
    }

    /// <summary>Public pages of an article, an FAQ, a lesson and a curriculum in the culture, published for this test.</summary>
    private async Task<string[]> PublishedContentPathsAsync(string culture)
    {
        var desk = await PublicListsHarness.CreateAsync(Fixture.Portal.Services);
        var english = culture == ContentCultures.English;
        var article = await desk.PublishedAsync(ContentType.Article, Drafts.Unique(english ? "Fake job offers" : "识别虚假招工"), new ArticleFields { Byline = "省委宣传部" }, new Terms(Audience: ["migrant-workers"]), culture);
        var faq = await desk.PublishedAsync(ContentType.Faq, Drafts.Unique(english ? "Can I report anonymously?" : "可以匿名举报吗？"), new FaqFields { ShortAnswer = english ? "Yes." : "可以。" }, new Terms(), culture);
        var lesson = await desk.PublishedAsync(ContentType.Lesson, Drafts.Unique(english ? "Do not go with strangers" : "不跟陌生人走"), PublicListsHarness.Lesson("primary"), new Terms(Audience: ["students-primary"], GradeBand: ["primary"]), culture);
        var curriculum = await desk.PublishedAsync(ContentType.Curriculum, Drafts.Unique(english ? "Primary safety course" : "小学安全课程"), new CurriculumFields
        {
            GradeBand = "primary", Lessons = [lesson.ItemId], Hours = 1, TeacherGuide = english ? "Once a year." : "每学年一次。",
        }, new Terms(Audience: ["students-primary"], GradeBand: ["primary"]), culture);
        return [.. new[] { article, faq, lesson, curriculum }.Select(v => ContentUrls.Item(culture, Rendition.Standard, v.Slug))];
    }
}
