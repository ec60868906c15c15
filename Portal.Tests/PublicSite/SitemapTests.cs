using System.Text.RegularExpressions;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// sitemap.xml lists the site's own pages and the hubs in both languages (search and preferences, which say noindex,
/// not at all) and a live alert until its expiry, though the scheduler has not yet unpublished it.
/// </summary>
[IntegrationTest]
public sealed partial class SitemapTests(FakeClockPortalFactory portal) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task The_sitemap_lists_the_english_pages_and_every_hub_in_both_languages()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var article = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("Fake job offers")), ContentType.Article, ContentCultures.English);
        using var client = portal.CreateClient();

        var listed = await ListedPathsAsync(client);

        string[] expected =
        [
            "/", "/en", "/alerts", "/en/alerts", "/downloads", "/en/downloads", "/report", "/volunteer",
            "/report/cover-your-tracks", "/en/report/cover-your-tracks",
            Uri.UnescapeDataString(ContentUrls.Item(ContentCultures.English, Rendition.Standard, article.Slug)),
            .. Enum.GetValues<AudienceHub>().SelectMany(hub => new[] { PublicUrls.Hub(hub), "/en" + PublicUrls.Hub(hub) }),
        ];
        Assert.All(expected, path => Assert.Contains(path, listed));
        Assert.DoesNotContain(listed, path => path.Contains("search", StringComparison.Ordinal) || path.Contains("preferences", StringComparison.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task An_alert_leaves_the_sitemap_when_it_expires()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var lasting = await newsroom.PublishedAsync(Alert(Drafts.Unique("紧急通知：警惕高薪招工"), portal.Clock.GetUtcNow().AddDays(3)), ContentType.Alert);
        var expiring = await newsroom.PublishedAsync(Alert(Drafts.Unique("寻人启事：兰州站走失儿童"), portal.Clock.GetUtcNow().AddMinutes(10)), ContentType.Alert);
        var lastingPath = Uri.UnescapeDataString(ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, lasting.Slug));
        var expiringPath = Uri.UnescapeDataString(ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, expiring.Slug));
        using var client = portal.CreateClient();

        var before = await ListedPathsAsync(client);
        portal.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var after = await ListedPathsAsync(client);

        Assert.Contains(expiringPath, before);
        Assert.DoesNotContain(expiringPath, after);
        Assert.Contains(lastingPath, after);
    }

    private static async Task<List<string>> ListedPathsAsync(HttpClient client)
    {
        var xml = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        return [.. Location().Matches(xml).Select(m => Uri.UnescapeDataString(new Uri(m.Groups[1].Value).AbsolutePath))];
    }

    private static ContentDraft Alert(string title, DateTimeOffset expiresAt) => new()
    {
        Title = title,
        Summary = "如有线索请立即拨打 110。",
        Fields = new AlertFields { Kind = AlertKind.MissingPerson, ExpiresAt = expiresAt, ContactPhone = "110" },
        Blocks = [Drafts.Paragraph("<p>请留意身边的可疑情况，发现线索立即报警。</p>")],
    };

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Location();
}
