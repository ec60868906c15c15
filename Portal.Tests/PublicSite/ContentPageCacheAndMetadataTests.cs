using System.Net;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Identity;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The public page of an item comes from the output cache for anonymous readers (a cached answer carries <c>Age</c>),
/// shows a published change at once, never stores or serves a signed-in reader's markup, and tells search engines and
/// link previews what they need: canonical link, hreflang between the language versions, Open Graph.
/// </summary>
[IntegrationTest]
public sealed class ContentPageCacheAndMetadataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_page_is_cached_for_anonymous_readers_and_a_published_change_shows_at_once()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var title = Drafts.Unique("火车站防拐提示");
        var item = await newsroom.PublishedAsync(Drafts.Article(title));
        var other = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("另一篇提示")));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
        var otherUrl = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, other.Slug);

        foreach (var path in new[] { url, otherUrl })
        {
            Assert.False((await GetAsync(path)).FromCache, path);
            Assert.True((await GetAsync(path)).FromCache, path);
        }

        var v2 = await newsroom.SaveAsync(item.ItemId, item.VersionId, Drafts.Article(title + "（修订）"));
        await newsroom.PublishAsync(v2.VersionId);

        var afterPublish = await GetAsync(url);
        Assert.False(afterPublish.FromCache);
        Assert.Contains(title + "（修订）", afterPublish.Html, StringComparison.Ordinal);
        Assert.True((await GetAsync(otherUrl)).FromCache);

        Assert.True((await newsroom.Workflow.UnpublishAsync(newsroom.Publisher, item.ItemId)).Succeeded);
        using var gone = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_readers_page_is_neither_served_from_nor_stored_in_the_cache()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var item = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("志愿者宣传要点")));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
        var volunteer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Volunteer, withAuthenticator: false);
        using var signedIn = factory.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(signedIn, volunteer.Email, volunteer.Password);

        Assert.False((await GetAsync(url)).FromCache);
        Assert.True((await GetAsync(url)).FromCache);
        using var mine = await signedIn.GetAsync(url);
        var myHtml = await mine.Content.ReadAsStringAsync();
        Assert.False(mine.Headers.Contains("Age")); // not the anonymous copy
        Assert.Contains("account/logout", myHtml, StringComparison.Ordinal); // the signed-in header, rendered for them

        var anonymous = await GetAsync(url);
        Assert.True(anonymous.FromCache);
        Assert.DoesNotContain("account/logout", anonymous.Html, StringComparison.Ordinal); // their markup was not stored
    }

    [Fact]
    public async Task The_page_names_its_canonical_address_its_language_versions_and_its_open_graph_card()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var zh = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("识别招工骗局")));
        var en = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("Spotting fake job offers")), culture: ContentCultures.English, variantOf: zh.ItemId);
        var zhPath = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, zh.Slug);
        var enPath = ContentUrls.Item(ContentCultures.English, Rendition.Standard, en.Slug);
        var origin = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var page = await HtmlPage.GetAsync(client, zhPath);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(origin + zhPath, Head(page, "link[rel=canonical]", "href"));
        Assert.Equal(origin + zhPath, Head(page, "link[rel=alternate][hreflang='zh-CN']", "href"));
        Assert.Equal(origin + enPath, Head(page, "link[rel=alternate][hreflang=en]", "href"));
        Assert.Equal(origin + zhPath, Head(page, "link[rel=alternate][hreflang=x-default]", "href"));
        Assert.Equal("识别拐卖人口的常见迹象，以及发现线索后如何举报。", Head(page, "meta[name=description]", "content"));
        Assert.Equal(origin + zhPath, Head(page, "meta[property='og:url']", "content"));
        Assert.Equal("article", Head(page, "meta[property='og:type']", "content"));
        Assert.Equal("zh_CN", Head(page, "meta[property='og:locale']", "content"));
        Assert.StartsWith("识别招工骗局", Head(page, "meta[property='og:title']", "content"), StringComparison.Ordinal);

        var english = await HtmlPage.GetAsync(client, enPath);
        Assert.Equal(origin + enPath, Head(english, "link[rel=canonical]", "href"));
        Assert.Equal(origin + zhPath, Head(english, "link[rel=alternate][hreflang='zh-CN']", "href"));
        Assert.Equal("en_US", Head(english, "meta[property='og:locale']", "content"));
    }

    private static string Head(HtmlPage page, string selector, string attribute) =>
        page.Document.Head?.QuerySelector(selector)?.GetAttribute(attribute) ?? $"(no {selector})";

    private async Task<(bool FromCache, string Html)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return (response.Headers.Contains("Age"), await response.Content.ReadAsStringAsync());
    }
}
