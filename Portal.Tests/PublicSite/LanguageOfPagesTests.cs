using System.Net;
using Portal.Content.Common;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// A page under <c>/en</c> is English for every reader (its address is what gets shared and cached), and the language
/// switch leads to the same page in the other language where the site has one.
/// </summary>
[IntegrationTest]
public sealed class LanguageOfPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/en/preferences")]
    [InlineData("/en/search")]
    [InlineData("/en/for/schools")]
    public async Task An_english_address_is_english_without_a_cookie(string path)
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("中文", page.Document.QuerySelector(".language a")!.TextContent);
    }

    [Fact]
    public async Task Switching_to_english_on_a_hub_leads_to_the_english_hub_and_back()
    {
        using var client = factory.CreateBrowserLikeClient();
        var hub = await HtmlPage.GetAsync(client, "/for/schools?level=primary");

        using var toEnglish = await client.GetAsync(hub.Document.QuerySelector(".language a")!.GetAttribute("href"));
        Assert.Equal("/en/for/schools?level=primary", HtmlPage.RedirectTarget(toEnglish));
        var english = await HtmlPage.GetAsync(client, "/en/for/schools?level=primary");
        using var toChinese = await client.GetAsync(english.Document.QuerySelector(".language a")!.GetAttribute("href"));
        Assert.Equal("/for/schools?level=primary", HtmlPage.RedirectTarget(toChinese));
        Assert.Equal("zh-CN", (await HtmlPage.GetAsync(client, "/for/schools")).Document.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/", "/", "/en")]
    [InlineData("/en", "/", "/en")]
    [InlineData("/for/schools", "/for/schools", "/en/for/schools")]
    [InlineData("/en/for/schools", "/for/schools", "/en/for/schools")]
    public async Task The_home_page_and_hubs_name_their_canonical_address_and_both_language_versions(string path, string chinese, string english)
    {
        using var client = factory.CreateBrowserLikeClient();
        var origin = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var page = await HtmlPage.GetAsync(client, path);

        var head = page.Document.Head!;
        Assert.Equal(origin + path, head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(origin + chinese, head.QuerySelector("link[rel=alternate][hreflang='zh-CN']")?.GetAttribute("href"));
        Assert.Equal(origin + english, head.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        Assert.NotNull(head.QuerySelector("meta[property='og:title']"));
        Assert.False(string.IsNullOrWhiteSpace(head.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }

    [Theory]
    [InlineData(ContentCultures.English, "/", "/en")]
    [InlineData(ContentCultures.Chinese, "/en", "/")]
    [InlineData(ContentCultures.English, "/search?q=招工", "/en/search?q=招工")]
    [InlineData(ContentCultures.Chinese, "/en/downloads?format=PDF", "/downloads?format=PDF")]
    [InlineData(ContentCultures.English, "/report", "/en/report")]
    [InlineData(ContentCultures.English, "/volunteer", "/en/volunteer")]
    [InlineData(ContentCultures.Chinese, "/en/report/follow-up", "/report/follow-up")]
    [InlineData(ContentCultures.English, "/read/shi-bie", "/read/shi-bie")]
    [InlineData(ContentCultures.Chinese, "/en/read/how-to-spot", "/")]
    [InlineData(ContentCultures.Chinese, "/report/follow-up", "/report/follow-up")]
    public void The_switch_target_is_the_same_page_in_the_other_language_where_there_is_one(string culture, string from, string expected) =>
        Assert.Equal(expected, PublicUrls.SamePageIn(culture, from));
}
