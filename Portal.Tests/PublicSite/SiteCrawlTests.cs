using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.PublicSite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

/// <summary>
/// A crawler starting at the home page and following links (as robots.txt allows) reaches every page the sitemap
/// lists: no page is known to search engines only through the sitemap.
/// </summary>
[IntegrationTest]
public sealed partial class SiteCrawlTests(SeededPortalFactory portal) : IClassFixture<SeededPortalFactory>
{
    private const int MaxPages = 1500;

    /// <summary>Links a crawler does not follow: files, per-reader switches and what robots.txt closes.</summary>
    private static readonly string[] NotFollowed = ["/media/", "/downloads/curriculum-pack/", .. SiteMap.DisallowedPaths];

    [Fact]
    public async Task Every_page_in_the_sitemap_is_reachable_by_links_from_the_home_page()
    {
        using var client = portal.CreateBrowserLikeClient();
        var site = PortalFactory.SecureBaseAddress;
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Uri>([new Uri(site, "/")]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };

        while (queue.TryDequeue(out var address) && reached.Count < MaxPages)
        {
            var page = await HtmlPage.GetAsync(client, address.PathAndQuery);
            if (page.Status != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            reached.Add(Uri.UnescapeDataString(address.AbsolutePath));
            var pageBase = new Uri(address, page.Document.QuerySelector("base")?.GetAttribute("href") ?? "/");
            foreach (var href in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!Uri.TryCreate(pageBase, href, out var target) || target.Host != site.Host || target.Scheme != site.Scheme
                    || NotFollowed.Any(prefix => target.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (seen.Add(target.PathAndQuery))
                {
                    queue.Enqueue(new Uri(site, target.PathAndQuery));
                }
            }
        }

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var listed = Location().Matches(sitemap).Select(m => Uri.UnescapeDataString(new Uri(m.Groups[1].Value).AbsolutePath)).ToList();
        Assert.True(listed.Count > 30, $"only {listed.Count} pages in the sitemap");
        Assert.True(reached.Count < MaxPages, "the crawl did not end");
        var unreached = listed.Where(path => !reached.Contains(path)).ToList();
        Assert.True(unreached.Count == 0, $"{unreached.Count} sitemap pages linked from nowhere:\n" + string.Join("\n", unreached));
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Location();
}
