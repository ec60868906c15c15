using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.PublicSite;

/// <summary>
/// Return addresses through the real pages: the preferences page, the language switch and sign-in follow no link to
/// another site, and the links that carry the current address do not nest it (an endless URL space for crawlers).
/// </summary>
[IntegrationTest]
public sealed class ReturnAddressTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Hostile() =>
        ["/https://evil.example/x", "//evil.example/x", "/\\evil.example", "/ //evil.example", "/%2F%2Fevil.example", "https://evil.example"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_preferences_page_links_and_returns_only_to_this_site(string hostile)
    {
        using var client = portal.CreateBrowserLikeClient();
        var page = await HtmlPage.GetAsync(client, "/preferences?returnUrl=" + Uri.EscapeDataString(hostile));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var here = new Uri("http://portal.test/preferences");
        var targets = page.Document.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!);
        var web = targets.Select(target => new Uri(here, target)).Where(uri => uri.Scheme is "http" or "https").ToList();
        Assert.NotEmpty(web);
        Assert.All(web, uri => Assert.Equal("portal.test", uri.Host));
        Assert.Equal("./", page.Document.QuerySelector("main p:last-of-type a")!.GetAttribute("href"));
        var saved = await page.SubmitAsync(client, new Dictionary<string, string> { ["Input.HighContrast"] = "True" });
        Assert.Equal("/", HtmlPage.RedirectTarget(saved));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_language_switch_returns_only_to_this_site(string hostile)
    {
        using var client = portal.CreateBrowserLikeClient();
        var response = await client.GetAsync("/culture/en?returnUrl=" + Uri.EscapeDataString(hostile));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", HtmlPage.RedirectTarget(response));
    }

    [Fact]
    public async Task Links_that_carry_the_current_address_do_not_nest_it()
    {
        using var client = portal.CreateBrowserLikeClient();
        var preferences = await HtmlPage.GetAsync(client, "/preferences?returnUrl=%2Freport");

        var carried = preferences.Document.QuerySelectorAll("header a[href*='returnUrl']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(carried);
        foreach (var href in carried)
        {
            var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://portal.test/"), href).Query)["returnUrl"].ToString();
            Assert.DoesNotContain("returnUrl", returnUrl, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Robots_keep_crawlers_out_of_the_switches()
    {
        using var client = portal.CreateBrowserLikeClient();
        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /culture/\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /preferences\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /en/preferences\n", robots, StringComparison.Ordinal);
        var preferences = await HtmlPage.GetAsync(client, "/preferences");
        Assert.Equal("noindex", preferences.Document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/https://evil.example/x")]
    [InlineData("/%2F%2Fevil.example")]
    [InlineData("/\\evil.example")]
    public async Task Signing_in_follows_no_return_address_to_another_site(string hostile)
    {
        var editor = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        using var client = portal.CreateBrowserLikeClient();

        var signedIn = await StaffSignIn.WithAuthenticatorAsync(client, editor, returnUrl: hostile);

        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
    }
}
