using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

[IntegrationTest]
public sealed class PublicPagesTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public PublicPagesTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_home_page_is_chinese_first_with_both_portal_names_110_and_a_report_link()
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("甘肃省反拐卖人口公众服务平台", page.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gansu Anti-Trafficking Public Portal", page.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        var footer = page.Document.QuerySelector("footer")!;
        Assert.NotNull(footer.QuerySelector("a[href='tel:110']"));
        Assert.NotNull(footer.QuerySelector("a[href='report']"));
        Assert.NotNull(page.Document.QuerySelector("a.skip-link[href='./#main']"));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
    }

    [Theory]
    [InlineData("/report", "report#main")]
    [InlineData("/search?q=%E6%8B%90%E5%8D%96", "search?q=%E6%8B%90%E5%8D%96#main")]
    public async Task The_skip_link_stays_on_its_page_under_the_site_base(string url, string href)
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal("/", page.Document.QuerySelector("base")!.GetAttribute("href"));
        Assert.Equal(href, page.Document.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Public_pages_carry_no_script_and_chinese_goes_out_as_characters()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("识别拐卖", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_remembers_english_in_a_cookie_and_returns_to_the_page()
    {
        using var client = factory.CreateBrowserLikeClient();

        var home = await HtmlPage.GetAsync(client, "/report");
        var switchLink = home.Document.QuerySelector(".language a")!.GetAttribute("href")!;
        var switched = await client.GetAsync(switchLink);
        // The form has an English twin, where the switch leads; the cookie makes the root address English too.
        Assert.Equal("/en/report", HtmlPage.RedirectTarget(switched));

        var english = await HtmlPage.GetAsync(client, "/report");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Report suspected trafficking", english.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("中文", english.Document.QuerySelector(".language a")!.TextContent);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_the_site()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/culture/en?returnUrl=%2F%2Fevil.example");

        Assert.Equal("/", HtmlPage.RedirectTarget(response));
    }

    [Theory]
    [InlineData("zh-CN", "找不到这个页面")]
    [InlineData("en", "We cannot find that page")]
    public async Task An_unknown_address_gets_a_friendly_404_in_the_readers_language(string culture, string heading)
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, $"/no-such-page?lang={culture}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("footer a[href='tel:110']"));
    }

    [Theory]
    [InlineData("zh-CN", "抱歉，出错了")]
    [InlineData("en", "Sorry, something went wrong")]
    public async Task The_error_page_speaks_both_languages(string culture, string heading)
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, $"/error?lang={culture}");

        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("110", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_public_pages_a_strict_csp()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_when_database_and_blob_store_are_up()
    {
        using var client = factory.CreateBrowserLikeClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }
}
