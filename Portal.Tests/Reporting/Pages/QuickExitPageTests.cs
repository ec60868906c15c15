using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;
using Portal.Web.PublicSite.Hubs;

namespace Portal.Tests.Reporting.Pages;

/// <summary>The host with the quick exit pointed at a test address.</summary>
public sealed class QuickExitPortalFactory : PortalFactory
{
    public const string NeutralUrl = "https://neutral.example/weather?city=lanzhou";

    public QuickExitPortalFactory()
        : base(null, new Dictionary<string, string?> { ["PublicSite:QuickExit:Url"] = NeutralUrl })
    {
    }
}

/// <summary>
/// Without any script, every tip page and each hub victims read starts its main content with a plain link to the
/// configured neutral site (same tab), and offers the cover-your-tracks page in the page's language.
/// </summary>
[IntegrationTest]
public sealed class QuickExitPageTests(QuickExitPortalFactory portal) : IClassFixture<QuickExitPortalFactory>
{
    public static TheoryData<string, string> VictimHubs()
    {
        var data = new TheoryData<string, string>();
        foreach (var hub in Enum.GetValues<AudienceHub>().Where(hub => HubDefinitions.Of(hub).ShowsQuickExit))
        {
            data.Add(PublicUrls.Hub(hub), "zh");
            data.Add("/en" + PublicUrls.Hub(hub), "en");
        }

        return data;
    }

    [Theory]
    [InlineData("/report", "zh")]
    [InlineData("/report/follow-up", "zh")]
    [InlineData("/report/receipt", "zh")]
    [InlineData("/report/cover-your-tracks", "zh")]
    [InlineData("/en/report/cover-your-tracks", "en")]
    [MemberData(nameof(VictimHubs))]
    public async Task The_page_starts_with_a_plain_exit_link_to_the_configured_site(string path, string language)
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertExitLink(page, language);
    }

    [Fact]
    public async Task The_receipt_and_the_signed_in_follow_up_page_carry_the_exit_link_too()
    {
        using var client = portal.CreateBrowserLikeClient();
        var posted = await TipForms.SubmitAsync(client, TipForms.Fields());
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(posted));
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        AssertExitLink(receipt, "zh");

        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var followUp = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));

        Assert.NotNull(followUp.Document.QuerySelector("[data-testid=tip-status]"));
        AssertExitLink(followUp, "zh");
    }

    [Fact]
    public async Task Hubs_for_teachers_venues_and_volunteers_have_no_exit_link_and_no_script()
    {
        using var client = portal.CreateBrowserLikeClient();

        foreach (var hub in Enum.GetValues<AudienceHub>().Where(hub => !HubDefinitions.Of(hub).ShowsQuickExit))
        {
            var page = await HtmlPage.GetAsync(client, PublicUrls.Hub(hub));
            Assert.Null(page.Document.QuerySelector("a.quick-exit-link"));
            Assert.Null(page.Document.QuerySelector("script"));
        }
    }

    [Fact]
    public async Task The_form_links_to_cover_your_tracks_and_that_page_switches_language_to_its_twin()
    {
        using var client = portal.CreateBrowserLikeClient();

        var form = await HtmlPage.GetAsync(client, "/report");
        Assert.Equal(2, form.Document.QuerySelectorAll("main a[href='report/cover-your-tracks']").Length);

        var chinese = await HtmlPage.GetAsync(client, "/report/cover-your-tracks");
        Assert.Equal("如何隐藏浏览痕迹", chinese.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("no-store", chinese.Response.Headers.CacheControl!.ToString());
        Assert.Contains("无痕", chinese.Text, StringComparison.Ordinal);
        using (var toEnglish = await client.GetAsync(chinese.Document.QuerySelector(".language a")!.GetAttribute("href")))
        {
            Assert.Equal("/en/report/cover-your-tracks", HtmlPage.RedirectTarget(toEnglish));
        }

        var english = await HtmlPage.GetAsync(client, "/en/report/cover-your-tracks");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("How to cover your tracks", english.Document.QuerySelector("h1")!.TextContent);
        using var toChinese = await client.GetAsync(english.Document.QuerySelector(".language a")!.GetAttribute("href"));
        Assert.Equal("/report/cover-your-tracks", HtmlPage.RedirectTarget(toChinese));
    }

    private static void AssertExitLink(HtmlPage page, string language)
    {
        var link = page.Document.QuerySelector("main a[href]");
        Assert.NotNull(link);
        Assert.Contains("quick-exit-link", link.ClassList);
        Assert.Equal(QuickExitPortalFactory.NeutralUrl, link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("target"));
        Assert.Equal(language == "zh" ? "快速离开" : "Exit this page", link.TextContent.Trim());
        var help = page.Document.QuerySelector("main .quick-exit-help")!;
        Assert.True(help.QuerySelector("[data-quick-exit-escape]")!.HasAttribute("hidden"), "the Esc hint shows only when the script that makes it true runs");
        Assert.Equal(language == "zh" ? "连按三次 Esc 键也可快速离开" : "Or press Esc three times to leave quickly", help.QuerySelector("[data-quick-exit-escape]")!.TextContent);
        Assert.Equal(language == "zh" ? "report/cover-your-tracks" : "en/report/cover-your-tracks", help.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("script[src^='js/quick-exit']"));
    }
}

/// <summary>A quick-exit address that is not an absolute web address stops start-up with one line naming the setting.</summary>
[UnitTest]
public sealed class QuickExitOptionsTests
{
    [Theory]
    [InlineData("weather.com.cn")]
    [InlineData("/report")]
    [InlineData("javascript:history.back()")]
    [InlineData("https://user:secret@www.weather.com.cn/")]
    public void A_wrong_address_stops_start_up_naming_the_setting(string url)
    {
        using var provider = Services(url);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith("PublicSite:QuickExit:Url: an absolute http(s) address", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_is_the_national_weather_site()
    {
        using var provider = Services(null);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("https://www.weather.com.cn/", provider.GetRequiredService<IOptions<QuickExitOptions>>().Value.Url);
    }

    private static ServiceProvider Services(string? url)
    {
        var services = new ServiceCollection();
        var settings = url is null ? [] : new Dictionary<string, string?> { ["PublicSite:QuickExit:Url"] = url };
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddValidatedOptions<QuickExitOptions>(QuickExitOptions.SectionName);
        return services.BuildServiceProvider();
    }
}
