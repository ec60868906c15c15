using Microsoft.Extensions.Configuration;
using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The portal as a section of an existing provincial site (<c>Site:PathBase=/fankuai</c>): every page, link, form and
/// redirect stays under the base, and the root-relative address of another page never appears in the markup.
/// </summary>
[IntegrationTest]
public sealed class PathBaseTests : IClassFixture<PathBaseTests.PathBasePortalFactory>
{
    private const string Base = "/fankuai";
    private readonly PathBasePortalFactory factory;

    public PathBaseTests(PathBasePortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task Every_link_on_the_home_page_leads_to_a_page_under_the_base()
    {
        using var client = factory.CreateBrowserLikeClient();

        var home = await HtmlPage.GetAsync(client, Base + "/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal(Base + "/", home.Document.QuerySelector("base")!.GetAttribute("href"));
        var links = home.Document.QuerySelectorAll("a[href], link[href], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!)
            .Where(href => !href.StartsWith('#') && !href.StartsWith("tel:", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            Assert.False(href.StartsWith('/') && !href.StartsWith(Base + "/", StringComparison.Ordinal), $"'{href}' leaves the base");
            var target = new Uri(new Uri(client.BaseAddress!, Base + "/"), href);
            using var response = await client.GetAsync(target);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{href} → {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith(Base + "/", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_language_switch_and_the_staff_sign_in_redirect_stay_under_the_base()
    {
        using var client = factory.CreateBrowserLikeClient();

        var report = await HtmlPage.GetAsync(client, Base + "/report");
        var switchLink = new Uri(new Uri(client.BaseAddress!, Base + "/"), report.Document.QuerySelector(".language a")!.GetAttribute("href")!);
        using var switched = await client.GetAsync(switchLink);
        Assert.Equal(Base + "/en/report", HtmlPage.RedirectTarget(switched));

        using var staff = await client.GetAsync(Base + "/staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.StartsWith(Base + "/account/login?", HtmlPage.RedirectTarget(staff), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_base_is_refused_with_a_message_naming_the_setting()
    {
        var problem = Assert.Throws<Portal.Web.Hosting.StartupFailureException>(() => SitePathBase.From(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [SitePathBase.Key] = "fankuai/" }).Build()));
        Assert.Contains(SitePathBase.Key, problem.Message, StringComparison.Ordinal);
    }

    public sealed class PathBasePortalFactory() : PortalFactory(null, new Dictionary<string, string?> { [SitePathBase.Key] = Base });
}

[IntegrationTest]
public sealed class RootedLinkTests
{
    [Fact]
    public void Editors_site_links_get_the_path_base_and_other_links_stay()
    {
        const string html = "<p><a href=\"/report\">举报</a> <a href=\"//evil.example/x\">x</a> <a href=\"https://www.gov.cn/\">gov</a> <a href=\"tel:110\">110</a></p>";

        Assert.Equal(
            "<p><a href=\"/fankuai/report\">举报</a> <a href=\"//evil.example/x\">x</a> <a href=\"https://www.gov.cn/\">gov</a> <a href=\"tel:110\">110</a></p>",
            PublicUrls.RootedLinks(html, "/fankuai/"));
        Assert.Equal(html, PublicUrls.RootedLinks(html, "/"));
    }
}
