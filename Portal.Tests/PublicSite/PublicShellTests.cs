using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The public shell: the reader-preferences page and cookie (and the output cache varying by it), the footer's filing
/// numbers from configuration, response compression, robots.txt and sitemap.xml.
/// </summary>
[IntegrationTest]
public sealed class PublicShellTests(PublicShellTests.FiledPortalFactory portal) : IClassFixture<PublicShellTests.FiledPortalFactory>
{
    /// <summary>A portal with the three filing identifiers configured (made-up values).</summary>
    public sealed class FiledPortalFactory() : PortalFactory(null, new Dictionary<string, string?>
    {
        ["Site:IdentifierCode"] = "TEST000001",
        ["Site:IcpNumber"] = "陇ICP备00000000号-1",
        ["Site:PublicSecurityFilingNumber"] = "甘公网安备00000000000000号",
    });

    [Fact]
    public async Task Saving_preferences_sets_a_validated_year_long_cookie_and_every_page_then_carries_the_classes()
    {
        using var client = portal.CreateBrowserLikeClient();
        var home = await HtmlPage.GetAsync(client, "/report");
        var link = home.Document.QuerySelector("header a.preferences-link")!;
        Assert.Equal("无障碍阅读设置", link.TextContent);
        Assert.Equal("preferences?returnUrl=%2Freport", link.GetAttribute("href"));

        var form = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("无障碍阅读设置", form.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(form.Document.QuerySelector("main form input[name=__RequestVerificationToken]"));
        var saved = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.HighContrast"] = "True", ["Input.LargerText"] = "True" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/report", HtmlPage.RedirectTarget(saved));
        var cookie = Assert.Single(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ReaderPreferences.CookieName + "=", StringComparison.Ordinal));
        Assert.StartsWith("portal-reader=contrast.text;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);

        var after = await HtmlPage.GetAsync(client, "/report");
        Assert.Equal("reader-contrast reader-text", after.Document.DocumentElement.GetAttribute("class"));
        var again = await HtmlPage.GetAsync(client, "/preferences");
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)again.Document.QuerySelector("#pref-contrast")!).IsChecked);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)again.Document.QuerySelector("#pref-spacing")!).IsChecked);

        // Clearing every box forgets the cookie.
        var cleared = await again.SubmitAsync(client, new Dictionary<string, string> { ["Input.HighContrast"] = "False", ["Input.LargerText"] = "False" });
        Assert.Equal("/", HtmlPage.RedirectTarget(cleared));
        Assert.Null((await HtmlPage.GetAsync(client, "/report")).Document.DocumentElement.GetAttribute("class"));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("evil.example")]
    public async Task Preferences_never_redirect_off_the_site(string returnUrl)
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/preferences?returnUrl=" + Uri.EscapeDataString(returnUrl));

        var saved = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.WiderSpacing"] = "True" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/", HtmlPage.RedirectTarget(saved));
        Assert.Equal("./", form.Document.QuerySelector("main p:last-of-type a")!.GetAttribute("href"));
    }

    [Fact]
    public void Only_known_preference_tokens_survive_and_come_out_in_one_order()
    {
        Assert.Equal("contrast.spacing.text", ReaderPreferences.Parse("text.evil.spacing..contrast.text").Key);
        Assert.Equal("", ReaderPreferences.Parse("<script>").Key);
        Assert.True(ReaderPreferences.Parse(new string('x', 500) + ".contrast").IsNone);
        Assert.Equal("/read/x?y=1", ReaderPreferences.LocalReturnPath("/read/x?y=1"));
    }

    [Fact]
    public async Task A_cached_page_is_never_served_with_another_readers_preferences()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var slug = "shell-cache-" + Guid.NewGuid().ToString("N")[..8];
        await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("识别拐卖的迹象")) with { Slug = slug });
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, slug);
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        async Task<(string? Classes, bool FromCache)> ReadAsync(string? preference)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (preference is not null)
            {
                request.Headers.Add("Cookie", $"{ReaderPreferences.CookieName}={preference}");
            }

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // A shared response carries nothing of one reader: no antiforgery cookie, so the cache may store it.
            Assert.False(response.Headers.Contains("Set-Cookie"));
            var page = await HtmlPage.ParseAsync(response);
            return (page.Document.DocumentElement.GetAttribute("class"), response.Headers.Age is not null);
        }

        Assert.Equal((null, false), await ReadAsync(null));              // reader A fills the cache
        Assert.Equal((null, true), await ReadAsync(null));               // and is served from it
        Assert.Equal(("reader-contrast", false), await ReadAsync("contrast")); // reader B does not get A's page
        Assert.Equal(("reader-contrast", true), await ReadAsync("contrast"));
        Assert.Equal(("reader-contrast", true), await ReadAsync("contrast.bogus")); // a noisy cookie is the same preference
        Assert.Equal((null, true), await ReadAsync(null));               // and A does not get B's
        Assert.Equal((null, true), await ReadAsync("bogus"));

        using var compressed = new HttpRequestMessage(HttpMethod.Get, url);
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var fromCache = await client.SendAsync(compressed);
        Assert.NotNull(fromCache.Headers.Age);
        Assert.Equal("br", fromCache.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task The_footer_shows_the_configured_filing_numbers()
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/");

        var filings = page.Document.QuerySelector("footer .filings")!.TextContent;
        Assert.Contains("网站标识码：TEST000001", filings, StringComparison.Ordinal);
        Assert.Contains("ICP备案号：陇ICP备00000000号-1", filings, StringComparison.Ordinal);
        Assert.Contains("公安备案号：甘公网安备00000000000000号", filings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configuration_the_footer_shows_no_filing_line()
    {
        await using var bare = new PortalFactory();
        using var client = bare.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.NotNull(page.Document.QuerySelector("footer a[href='tel:110']"));
        Assert.Null(page.Document.QuerySelector("footer .filings"));
    }

    [Fact]
    public async Task Public_pages_are_compressed_and_pages_with_secrets_are_not()
    {
        using var client = portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        async Task<string?> EncodingAsync(string url, string accept)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(accept));
            using var response = await client.SendAsync(request);
            return response.Content.Headers.ContentEncoding.SingleOrDefault();
        }

        Assert.Equal("br", await EncodingAsync("/", "br"));
        Assert.Equal("gzip", await EncodingAsync("/", "gzip"));
        Assert.Equal("br", await EncodingAsync("/robots.txt", "br"));
        Assert.Null(await EncodingAsync("/account/login", "br")); // carries an antiforgery token: BREACH
        Assert.Null(await EncodingAsync("/report", "br"));
        Assert.Null(await EncodingAsync("/preferences", "br"));
    }

    [Fact]
    public async Task Robots_closes_staff_account_and_follow_up_and_points_to_the_sitemap()
    {
        using var client = portal.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /staff\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /account\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /report/follow-up\n", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /read", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_the_home_page_and_live_items_in_both_cultures_but_not_drafts()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var chinese = "识别拐卖-" + Guid.NewGuid().ToString("N")[..6];
        var english = "signs-" + Guid.NewGuid().ToString("N")[..6];
        var draft = "draft-" + Guid.NewGuid().ToString("N")[..6];
        var zh = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("识别拐卖")) with { Slug = chinese });
        await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("Signs of trafficking")) with { Slug = english }, culture: ContentCultures.English, variantOf: zh.ItemId);
        await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("草稿")) with { Slug = draft });
        using var client = portal.CreateClient();

        using var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url")
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Contains("https://localhost/", urls.Keys);
        var chineseUrl = "https://localhost" + ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, chinese);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", urls[chineseUrl]);
        Assert.Contains("https://localhost" + ContentUrls.Item(ContentCultures.English, Rendition.Standard, english), urls.Keys);
        Assert.DoesNotContain(urls.Keys, url => url.Contains(draft, StringComparison.Ordinal));
    }
}
