using System.Net;
using AngleSharp.Html.Parser;
using Portal.Content.Common;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// English all the way: every English page reachable by links from <c>/en</c> (the seed content included, whose
/// editors link site pages by app path) links to the English version of every page that has one, the forms above all,
/// for a reader without any culture cookie.
/// </summary>
[IntegrationTest]
public sealed class EnglishLinksCrawlTests(EnglishLinksCrawlTests.SeededPortalFactory portal) : IClassFixture<EnglishLinksCrawlTests.SeededPortalFactory>
{
    private const int MaxPages = 250;

    [Fact]
    public async Task No_english_page_reachable_from_en_links_to_a_chinese_page_that_has_an_english_twin()
    {
        using var client = portal.CreateBrowserLikeClient();
        var origin = client.BaseAddress!;
        var queue = new Queue<string>(["/en"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/en" };
        var wrong = new List<string>();
        var formsLinked = new HashSet<string>(StringComparer.Ordinal);
        var crawled = 0;
        while (queue.Count > 0 && crawled < MaxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            crawled++;
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            var baseUri = new Uri(origin, document.QuerySelector("base")?.GetAttribute("href") ?? "/");
            foreach (var href in document.QuerySelectorAll("a[href], form[action]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("action")!))
            {
                if (!Uri.TryCreate(baseUri, href, out var target) || target.Authority != origin.Authority)
                {
                    continue;
                }

                var appPath = target.AbsolutePath + target.Query;
                if (PublicUrls.SamePageIn(ContentCultures.English, appPath) != appPath)
                {
                    wrong.Add($"{path} → {appPath}");
                }

                if (target.AbsolutePath is "/en/report" or "/en/report/follow-up" or "/en/volunteer")
                {
                    formsLinked.Add(target.AbsolutePath);
                }

                if (target.AbsolutePath.StartsWith("/en/", StringComparison.Ordinal) && !target.AbsolutePath.StartsWith("/en/downloads/", StringComparison.Ordinal)
                    && seen.Add(target.AbsolutePath + target.Query))
                {
                    queue.Enqueue(target.AbsolutePath + target.Query);
                }
            }
        }

        Assert.True(crawled > 20, $"only {crawled} English pages found");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
        Assert.Equal(["/en/report", "/en/report/follow-up", "/en/volunteer"], formsLinked.Order(StringComparer.Ordinal));
    }

    /// <summary>The portal with the seed content, as a province first starts it.</summary>
    public sealed class SeededPortalFactory() : PortalFactory(null, new Dictionary<string, string?> { ["Content:Seed:Enabled"] = "true" });
}
