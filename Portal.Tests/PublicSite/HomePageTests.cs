using System.Net;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>The home page: 110 first, the online tip form, the active alerts, every audience hub, light and script-free.</summary>
[IntegrationTest]
public sealed class HomePageTests(FakeClockPortalFactory portal) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task The_home_page_has_110_the_report_link_an_active_alert_and_every_hub_in_both_languages()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var alert = Drafts.Unique("寻人启事：天水走失老人");
        await newsroom.PublishedAsync(new ContentDraft
        {
            Title = alert,
            Fields = new AlertFields { Kind = AlertKind.MissingPerson, ExpiresAt = portal.Clock.GetUtcNow().AddDays(2), ContactPhone = "0938-110" },
            Blocks = [Drafts.Paragraph("<p>发现线索请拨打 110。</p>")],
        }, ContentType.Alert);
        using var client = portal.CreateClient();

        var home = await HtmlPage.GetAsync(client, PublicUrls.Home);

        Assert.Equal(HttpStatusCode.OK, home.Status);
        var main = home.Document.QuerySelector("main")!;
        Assert.Single(main.QuerySelectorAll("h1"));
        Assert.NotNull(main.QuerySelector("a[href='tel:110']"));
        Assert.NotNull(main.QuerySelector("a[href='report']"));
        var alerts = main.QuerySelector("section.home-alerts")!;
        Assert.Contains(alert, alerts.TextContent, StringComparison.Ordinal);
        Assert.True(
            main.InnerHtml.IndexOf("home-alerts", StringComparison.Ordinal) < main.InnerHtml.IndexOf("tel:110", StringComparison.Ordinal),
            "the alerts come first");
        Assert.Contains("偷盗婴幼儿", main.TextContent, StringComparison.Ordinal); // what trafficking looks like, from 第二十条
        var hubs = main.QuerySelectorAll(".hub-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. Enum.GetValues<AudienceHub>().Select(h => PublicUrls.Href(PublicUrls.Hub(h)))], hubs);
        Assert.DoesNotContain(main.QuerySelectorAll("a[href], form[action]"), e => (e.GetAttribute("href") ?? e.GetAttribute("action"))!.StartsWith('/'));
        Assert.DoesNotContain("<script", await home.Response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.True(home.Response.Content.Headers.ContentLength is null or < 100 * 1024);
        Assert.True((await home.Response.Content.ReadAsByteArrayAsync()).Length < 100 * 1024, "the home page stays under 100 KB");

        var english = await HtmlPage.GetAsync(client, PublicUrls.InCulture(ContentCultures.English, PublicUrls.Home));
        Assert.Equal(HttpStatusCode.OK, english.Status);
        Assert.Equal("Recognise trafficking, report it in time", english.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("What trafficking looks like", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(alert, english.Text, StringComparison.Ordinal); // a Chinese alert is not on the English page
        Assert.Equal(
            PublicUrls.Href(PublicUrls.InCulture(ContentCultures.English, PublicUrls.Hub(AudienceHub.Schools))),
            english.Document.QuerySelector(".hub-links a")!.GetAttribute("href"));
    }
}
