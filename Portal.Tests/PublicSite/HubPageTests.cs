using System.Net;
using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;
using Portal.Web.PublicSite.Hubs;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The audience hubs through the real host: each lists the live items of its audience and nothing else (no drafts, no
/// other audience's items, no other language), and a publication shows on a cached hub at once. On each provider,
/// as the hubs read through a query of their own.
/// </summary>
[IntegrationTest]
public abstract class HubPageTests
{
    protected abstract PortalFactory Portal { get; }

    [Fact]
    public async Task Every_hub_lists_its_audiences_live_items_and_not_drafts_or_other_audiences()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        var image = await desk.UploadAsync("车站海报.png", MediaSamples.Png(300, 400));
        var printA4 = await desk.UploadAsync("车站海报-A4.pdf", MediaSamples.Pdf(3000));
        var poster = new PosterFields { ImageAssetId = image, AltText = "火车站反拐海报：出门在外，警惕拐卖，紧急情况拨打 110。", PrintFiles = [new PrintFile { PaperSize = PaperSize.A4, AssetId = printA4 }] };
        var article = new ArticleFields { Byline = "省公安厅" };
        var cases = new (AudienceHub Hub, ContentType Type, ContentFields Fields, Terms Terms, Rendition Rendition)[]
        {
            (AudienceHub.Schools, ContentType.Lesson, PublicListsHarness.Lesson("junior-high"), new Terms(Audience: ["students-junior-high"], GradeBand: ["junior-high"]), Rendition.Standard),
            (AudienceHub.StationsAndVenues, ContentType.Poster, poster, new Terms(Setting: ["railway-station"]), Rendition.Standard),
            (AudienceHub.AccessibleReading, ContentType.Article, article, new Terms(), Rendition.EasyRead),
            (AudienceHub.Families, ContentType.Article, article, new Terms(Audience: ["parents"]), Rendition.Standard),
            (AudienceHub.JobSeekers, ContentType.Article, article, new Terms(Topic: ["recruitment-fraud"]), Rendition.Standard),
            (AudienceHub.CrossBorderMarriage, ContentType.Article, article, new Terms(Audience: ["cross-border-marriage"]), Rendition.Standard),
            (AudienceHub.Volunteers, ContentType.Article, article, new Terms(Audience: ["volunteers"]), Rendition.Standard),
        };
        var published = new Dictionary<AudienceHub, string>();
        var drafts = new Dictionary<AudienceHub, string>();
        foreach (var (hub, type, fields, terms, rendition) in cases)
        {
            published[hub] = Drafts.Unique($"已发布 {hub}");
            drafts[hub] = Drafts.Unique($"草稿 {hub}");
            await desk.PublishedAsync(type, published[hub], fields, terms, rendition: rendition);
            await desk.DraftAsync(type, drafts[hub], fields, terms, rendition: rendition);
        }

        var everyone = Drafts.Unique("面向社会公众");
        await desk.PublishedAsync(ContentType.Article, everyone, article, new Terms(Audience: ["general-public"]));

        using var client = Portal.CreateBrowserLikeClient();
        foreach (var (hub, _, _, _, _) in cases)
        {
            var page = await HtmlPage.GetAsync(client, PublicUrls.Hub(hub));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var titles = page.Document.QuerySelectorAll(".hub-list a.hub-title").Select(a => a.TextContent).ToList();
            Assert.Contains(published[hub], titles);
            Assert.DoesNotContain(drafts[hub], page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(everyone, page.Text, StringComparison.Ordinal);
            foreach (var other in published.Keys.Where(h => h != hub))
            {
                Assert.DoesNotContain(published[other], titles);
            }

            Assert.Single(page.Document.QuerySelectorAll("h1"));
            Assert.NotNull(page.Document.QuerySelector("figure.regulation blockquote"));
            Assert.Contains("第", page.Document.QuerySelector("figure.regulation figcaption")!.TextContent, StringComparison.Ordinal);
            // The only script is the quick exit's, on the hubs victims read (its link works without it).
            var scripts = page.Document.QuerySelectorAll("script").Select(script => script.GetAttribute("src") ?? "inline").ToList();
            Assert.All(scripts, src => Assert.StartsWith("js/quick-exit", src, StringComparison.Ordinal));
            Assert.Equal(HubDefinitions.Of(hub).ShowsQuickExit, scripts.Count == 1);
            // Links are relative to <base href>, so the portal also runs under a path base.
            Assert.All(page.Document.QuerySelectorAll("main a[href]"), a => Assert.False(a.GetAttribute("href")!.StartsWith('/'), a.GetAttribute("href")));
        }

        // The poster is listed under its paper size with its print file.
        var stations = await HtmlPage.GetAsync(client, PublicUrls.Hub(AudienceHub.StationsAndVenues));
        var a4 = stations.Document.QuerySelectorAll("h3").Single(h => h.TextContent == "A4 尺寸");
        Assert.Contains(published[AudienceHub.StationsAndVenues], a4.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(a4.NextElementSibling!.QuerySelector($"a[href='media/{printA4:D}']"));
        Assert.Contains("PDF · ", a4.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_hub_lists_english_items_and_a_hub_with_nothing_says_so()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        var english = Drafts.Unique("Keeping children safe");
        var chinese = Drafts.Unique("保护孩子安全");
        await desk.PublishedAsync(ContentType.Article, english, new ArticleFields(), new Terms(Audience: ["parents"]), culture: ContentCultures.English);
        await desk.PublishedAsync(ContentType.Article, chinese, new ArticleFields(), new Terms(Audience: ["parents"]));
        using var client = Portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, PublicUrls.InCulture(ContentCultures.English, PublicUrls.Hub(AudienceHub.Families)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("For families and rural communities", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(english, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(chinese, page.Text, StringComparison.Ordinal);
        Assert.Contains("Article 30", page.Text, StringComparison.Ordinal);
        // Nothing for rural communities in English: the section says so in words.
        Assert.Contains("Nothing has been published in this section yet.", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/for/no-such-hub")).StatusCode);
    }

    [Fact]
    public async Task A_publication_shows_on_a_cached_hub_at_once()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        using var client = Portal.CreateBrowserLikeClient();
        var hub = PublicUrls.Hub(AudienceHub.CrossBorderMarriage);
        await client.GetAsync(hub);
        using var cached = await client.GetAsync(hub);
        Assert.True(cached.Headers.Contains("Age"), string.Join("; ", cached.Headers.Concat(cached.Content.Headers).Select(h => h.Key + "=" + string.Join(",", h.Value))));

        var title = Drafts.Unique("涉外婚姻登记须知");
        await desk.PublishedAsync(ContentType.Article, title, new ArticleFields(), new Terms(Audience: ["cross-border-marriage"]));

        var page = await HtmlPage.GetAsync(client, hub);
        Assert.Contains(title, page.Text, StringComparison.Ordinal);
    }
}

public sealed class SqliteHubPageTests(PortalFactory portal) : HubPageTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresHubPageTests(PostgresPortalFixture fixture) : HubPageTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
