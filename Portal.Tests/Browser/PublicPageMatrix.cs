using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.PublicSite;
using Portal.Web.Content;

namespace Portal.Tests.Browser;

/// <summary>
/// Every public page type and state the browser checks cover (axe in <see cref="PublicAccessibilityMatrixTests"/>,
/// the Nu Html Checker in <see cref="PublicHtmlValidityTests"/>): home, alerts, search with results and with a bad
/// filter, downloads and its error state, hubs, preferences, the tip form, volunteer sign-up, follow-up sign-in, the
/// receipt, cover your tracks, a 404, and an article, FAQ, lesson and curriculum published for the run.
/// </summary>
public static class PublicPageMatrix
{
    public static async Task<string[]> PathsAsync(BrowserFixture fixture, string culture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var contentPaths = await PublishedContentPathsAsync(fixture, culture);
        var prefix = culture == ContentCultures.English ? "/en" : "";
        return
        [
            prefix + "/", prefix + "/alerts", prefix + "/search?q=" + Uri.EscapeDataString(culture == ContentCultures.English ? "recruitment" : "招工"),
            prefix + "/search?type=no-such-type", prefix + "/downloads", prefix + "/downloads?format=NOPE",
            prefix + "/for/schools", prefix + "/for/stations-and-venues", prefix + "/for/accessible-reading", prefix + "/for/volunteers",
            prefix + "/for/families", prefix + "/preferences", prefix + "/report", prefix + "/volunteer", prefix + "/report/follow-up", prefix + "/report/receipt",
            prefix + "/report/cover-your-tracks", "/no-such-page",
            .. contentPaths,
        ];
    }

    /// <summary>Public pages of an article, an FAQ, a lesson and a curriculum in the culture, published for this test.</summary>
    private static async Task<string[]> PublishedContentPathsAsync(BrowserFixture fixture, string culture)
    {
        var desk = await PublicListsHarness.CreateAsync(fixture.Portal.Services);
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
