using System.Net;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// /alerts and the home page list live alerts newest first; when the clock passes an alert's expiry it is gone from
/// both, also from responses the output cache was holding, before the scheduler has unpublished it.
/// </summary>
[IntegrationTest]
public sealed class AlertsPageTests(FakeClockPortalFactory portal) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task An_expired_alert_disappears_from_the_alerts_page_and_the_home_page_even_when_they_were_cached()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var lasting = Drafts.Unique("紧急通知：春运期间警惕高薪招工");
        var expiring = Drafts.Unique("寻人启事：兰州火车站走失儿童");
        await newsroom.PublishedAsync(Alert(lasting, portal.Clock.GetUtcNow().AddDays(3), AlertKind.UrgentNotice), ContentType.Alert);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        await newsroom.PublishedAsync(Alert(expiring, portal.Clock.GetUtcNow().AddMinutes(10), AlertKind.MissingPerson), ContentType.Alert);
        using var client = portal.CreateClient();

        foreach (var url in new[] { PublicUrls.Alerts, PublicUrls.Home })
        {
            var (first, firstFromCache) = await GetAsync(client, url);
            Assert.False(firstFromCache, url);
            Assert.Contains(expiring, first, StringComparison.Ordinal);
            Assert.Contains(lasting, first, StringComparison.Ordinal);
            Assert.True(first.IndexOf(expiring, StringComparison.Ordinal) < first.IndexOf(lasting, StringComparison.Ordinal), "newest first");
            var (second, secondFromCache) = await GetAsync(client, url);
            Assert.True(secondFromCache, url + " is served from the output cache");
            Assert.Contains(expiring, second, StringComparison.Ordinal);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        foreach (var url in new[] { PublicUrls.Alerts, PublicUrls.Home })
        {
            var (html, _) = await GetAsync(client, url);
            Assert.DoesNotContain(expiring, html, StringComparison.Ordinal);
            Assert.Contains(lasting, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_english_alerts_page_lists_english_alerts_in_english()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var english = Drafts.Unique("Missing child at Lanzhou West station");
        var chinese = Drafts.Unique("寻人启事：兰州西站走失儿童");
        await newsroom.PublishedAsync(Alert(english, portal.Clock.GetUtcNow().AddDays(1), AlertKind.MissingPerson), ContentType.Alert, ContentCultures.English);
        await newsroom.PublishedAsync(Alert(chinese, portal.Clock.GetUtcNow().AddDays(1), AlertKind.MissingPerson), ContentType.Alert);
        using var client = portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, PublicUrls.InCulture(ContentCultures.English, PublicUrls.Alerts));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Alerts", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(english, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(chinese, page.Text, StringComparison.Ordinal);
        Assert.Contains("Missing person", page.Text, StringComparison.Ordinal);
    }

    private static ContentDraft Alert(string title, DateTimeOffset expiresAt, AlertKind kind) => new()
    {
        Title = title,
        Summary = "如有线索请立即拨打 110。",
        Fields = new AlertFields { Kind = kind, ExpiresAt = expiresAt, ContactPhone = "110" },
        Blocks = [Drafts.Paragraph("<p>请留意身边的可疑情况，发现线索立即报警。</p>")],
    };

    private static async Task<(string Html, bool FromCache)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return (await response.Content.ReadAsStringAsync(), response.Headers.Contains("Age"));
    }
}
