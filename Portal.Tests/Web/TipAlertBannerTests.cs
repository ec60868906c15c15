using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Tests.Tips.AntiBot;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Web.Components.Layout;
using Portal.Web.Identity;
using Portal.Web.Police;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>
/// The live P1 banner of the staff layout, rendered with bUnit on the real grants (a SQLite Tips database) and
/// the real in-process alert fan-out: who sees which alert, and that a closed page stops listening.
/// </summary>
[IntegrationTest]
public sealed class TipAlertBannerTests : IAsyncLifetime
{
    private const string Chengguan = "620102";
    private const string Lanzhou = "620100";
    private const string Baiyin = "620402";

    private readonly TipAlerts alerts = new();
    private readonly List<BunitContext> contexts = [];
    private SqliteTipsHarness database = default!;
    private OfficerGrants grants = default!;

    /// <summary>Set here, not in InitializeAsync: a culture set inside an async method does not flow back out of it.</summary>
    public TipAlertBannerTests() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    public async Task InitializeAsync()
    {
        database = await SqliteTipsHarness.CreateAsync();
        grants = new OfficerGrants(new Portal.Tips.Data.TipsContexts(database), new TipAuditLog(new Portal.Tips.Data.TipsContexts(database), TestKeys.KeyProvider(), TimeProvider.System));
    }

    [Fact]
    public async Task An_officer_covering_the_jurisdiction_sees_a_new_P1_with_a_link_to_it()
    {
        var banner = await BannerForAsync(PortalRoles.Officer, Chengguan);
        var tipId = Guid.CreateVersion7();

        var reference = TipReference.New();
        alerts.Publish(new TipAlert(tipId, reference, Chengguan, TipAlertKind.NewP1, DateTimeOffset.UnixEpoch));

        banner.WaitForAssertion(() => Assert.Single(banner.FindAll("[data-testid=tip-alert]")));
        var alert = banner.Find("[data-testid=tip-alert]");
        Assert.Contains("新的 P1 特急线索", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("兰州市 · 城关区", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains(TipReference.Display(reference), alert.TextContent, StringComparison.Ordinal);
        Assert.Equal($"staff/tips/{tipId}", banner.Find("[data-testid=tip-alert-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_officer_of_another_county_sees_nothing_and_a_prefecture_grant_covers_its_counties()
    {
        var baiyinOfficer = await BannerForAsync(PortalRoles.Officer, Baiyin);
        var lanzhouOfficer = await BannerForAsync(PortalRoles.Officer, Lanzhou);
        var chengguanTip = Guid.CreateVersion7();
        var baiyinTip = Guid.CreateVersion7();

        alerts.Publish(new TipAlert(chengguanTip, TipReference.New(), Chengguan, TipAlertKind.NewP1, DateTimeOffset.UnixEpoch));
        alerts.Publish(new TipAlert(baiyinTip, TipReference.New(), Baiyin, TipAlertKind.NewP1, DateTimeOffset.UnixEpoch));

        // Each banner shows the one alert it covers; the other (published before it) never appears.
        baiyinOfficer.WaitForAssertion(() => Assert.Equal($"staff/tips/{baiyinTip}", baiyinOfficer.Find("[data-testid=tip-alert-link]").GetAttribute("href")));
        lanzhouOfficer.WaitForAssertion(() => Assert.Equal($"staff/tips/{chengguanTip}", lanzhouOfficer.Find("[data-testid=tip-alert-link]").GetAttribute("href")));
        Assert.Single(baiyinOfficer.FindAll("[data-testid=tip-alert]"));
        Assert.Single(lanzhouOfficer.FindAll("[data-testid=tip-alert]"));
    }

    [Fact]
    public async Task An_escalation_reaches_the_covering_supervisor_but_not_officers()
    {
        var officer = await BannerForAsync(PortalRoles.Officer, Chengguan);
        var supervisor = await BannerForAsync(PortalRoles.Supervisor, Lanzhou);
        var otherSupervisor = await BannerForAsync(PortalRoles.Supervisor, Baiyin);
        var escalatedTip = Guid.CreateVersion7();
        var laterTip = Guid.CreateVersion7();

        alerts.Publish(new TipAlert(escalatedTip, TipReference.New(), Chengguan, TipAlertKind.Escalated, DateTimeOffset.UnixEpoch));
        alerts.Publish(new TipAlert(laterTip, TipReference.New(), Chengguan, TipAlertKind.NewP1, DateTimeOffset.UnixEpoch));

        supervisor.WaitForAssertion(() => Assert.Equal(2, supervisor.FindAll("[data-testid=tip-alert]").Count));
        Assert.Equal("Escalated", supervisor.FindAll("[data-testid=tip-alert]")[1].GetAttribute("data-kind"));
        Assert.Contains("超时未确认", supervisor.FindAll("[data-testid=tip-alert]")[1].TextContent, StringComparison.Ordinal);
        officer.WaitForAssertion(() => Assert.Single(officer.FindAll("[data-testid=tip-alert]")));
        Assert.Equal("NewP1", officer.Find("[data-testid=tip-alert]").GetAttribute("data-kind"));
        Assert.Empty(otherSupervisor.FindAll("[data-testid=tip-alert]"));
    }

    [Fact]
    public async Task Staff_who_do_not_work_tips_do_not_listen_and_a_closed_page_stops_listening()
    {
        var editor = await BannerForAsync(PortalRoles.Editor, Chengguan, waitUntilListening: false);
        Assert.Equal("false", editor.Find("[data-testid=tip-alerts]").GetAttribute("data-listening"));
        Assert.Null(Subscribers());

        await BannerForAsync(PortalRoles.Officer, Chengguan);
        Assert.Single(Subscribers()!.GetInvocationList());

        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        contexts.Clear();
        Assert.Null(Subscribers());
        alerts.Publish(new TipAlert(Guid.CreateVersion7(), TipReference.New(), Chengguan, TipAlertKind.NewP1, DateTimeOffset.UnixEpoch));
    }

    private Delegate? Subscribers() =>
        (Delegate?)typeof(TipAlerts).GetField(nameof(TipAlerts.Raised), BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(alerts);

    /// <summary>A staff circuit of its own (one bUnit context per user) with the banner rendered and listening.</summary>
    private async Task<IRenderedComponent<TipAlertBanner>> BannerForAsync(string role, string jurisdiction, bool waitUntilListening = true)
    {
        var userId = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}";
        Assert.Null((await grants.SetGrantsAsync("test-admin", userId, [jurisdiction])).Error);

        var context = new BunitContext();
        contexts.Add(context);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        context.Services.AddSingleton(alerts);
        context.Services.AddSingleton(grants);
        context.Services.AddScoped<StaffSession>();
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized("staff@example.test");
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));

        var banner = context.Render<TipAlertBanner>();
        if (waitUntilListening)
        {
            banner.WaitForAssertion(() => Assert.Equal("true", banner.Find("[data-testid=tip-alerts]").GetAttribute("data-listening")));
        }

        return banner;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        database.Dispose();
    }
}
