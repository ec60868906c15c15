using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Shared.Workers;
using Portal.Tips.Protection;

namespace Portal.Tests.Police;

/// <summary>A P1 must be acknowledged within 15 minutes; otherwise the supervisors are alerted, exactly once.</summary>
[IntegrationTest]
public sealed class SlaEscalationTests : IClassFixture<SlaEscalationTests.QuietWorkersFactory>
{
    private readonly QuietWorkersFactory portal;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    public SlaEscalationTests(QuietWorkersFactory portal) => this.portal = portal;

    /// <summary>
    /// The tests drive the watcher themselves on a fake clock a week behind the real one; the host's own watcher, on the
    /// real clock, would escalate the same tips between a test's steps. So this host runs without its singleton workers
    /// (the alert watcher and the attachment outbox, the two registered through a factory).
    /// </summary>
    public sealed class QuietWorkersFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                foreach (var worker in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null).ToList())
                {
                    services.Remove(worker);
                }
            });
        }
    }

    private IDbContextFactory<TipsDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

    private TipAuditLog Audit => new(new TipsContexts(Contexts), portal.Services.GetRequiredService<IKeyEncryptionKeyProvider>(), time);

    private SlaMonitor Monitor() => new(Contexts, Audit, Options.Create(new SlaOptions()), portal.Services.GetRequiredService<TipMetrics>(), time);

    private TipAlertWatcher Watcher(TipAlerts alerts) =>
        new(Contexts, Monitor(), new SingleNodeRoundLock(), alerts, Options.Create(new SlaOptions()), time, NullLogger<TipAlertWatcher>.Instance);

    private async Task<Guid> TipAtFakeTimeAsync(string category, bool happeningNow, bool childJustMissing = false)
    {
        var intake = new TipIntake(new TipsContexts(Contexts), portal.Services.GetRequiredService<TipKeyring>(), portal.Services.GetRequiredService<ReceiptHashes>(), portal.Services.GetRequiredService<TipMetrics>(), time);
        var result = await intake.SubmitAsync(TipSubmissions.Valid() with { Category = category, HappeningNow = happeningNow, ChildJustMissing = childJustMissing, PlaceKey = "620102" });
        return result.TipId!.Value;
    }

    [Fact]
    public async Task An_unacknowledged_P1_is_escalated_once_after_fifteen_minutes_even_with_two_nodes_racing()
    {
        var p1 = await TipAtFakeTimeAsync(TipCategory.ChildAbduction, happeningNow: true);
        var p2 = await TipAtFakeTimeAsync(TipCategory.TraffickingOfWomen, happeningNow: true);
        var acknowledged = await TipAtFakeTimeAsync(TipCategory.Other, happeningNow: false, childJustMissing: true);
        var officer = new StaffActor("officer-sla", IsOfficer: true, IsSupervisor: false);
        await portal.Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("admin-test", officer.UserId, ["620100"]);
        var cases = new TipCases(new TipsContexts(Contexts), portal.Services.GetRequiredService<TipKeyring>(), portal.Services.GetRequiredService<OfficerGrants>(), Audit,
            portal.Services.GetRequiredService<Portal.Tips.Attachments.TipAttachmentStore>(), time);
        await cases.AcknowledgeAsync(officer, acknowledged);

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty(await Monitor().EscalateOverdueAsync());

        time.Advance(TimeSpan.FromMinutes(2));
        var escalations = await Task.WhenAll(Monitor().EscalateOverdueAsync(), Monitor().EscalateOverdueAsync());

        // The class's other test leaves P1 tips of its own in the shared database; only ours are asserted.
        Assert.Single(escalations.SelectMany(e => e), id => id == p1);
        Assert.DoesNotContain(escalations.SelectMany(e => e), id => id == p2 || id == acknowledged);
        var entries = await Audit.OfTipAsync(p1);
        Assert.Single(entries, e => e.Action == TipAuditActions.Escalate && e.ActorId == SlaMonitor.ActorId);
        Assert.DoesNotContain(await Audit.OfTipAsync(p2), e => e.Action == TipAuditActions.Escalate);
        Assert.DoesNotContain(await Audit.OfTipAsync(acknowledged), e => e.Action == TipAuditActions.Escalate);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Monitor().EscalateOverdueAsync());
    }

    [Fact]
    public async Task The_watcher_publishes_each_new_P1_and_each_escalation_once()
    {
        var alerts = new TipAlerts();
        var received = new List<TipAlert>();
        alerts.Raised += received.Add;
        var watcher = Watcher(alerts);
        await watcher.RunOnceAsync();

        time.Advance(TimeSpan.FromSeconds(1));
        var p1 = await TipAtFakeTimeAsync(TipCategory.ForcedLabour, happeningNow: true, childJustMissing: true);
        var p3 = await TipAtFakeTimeAsync(TipCategory.ForcedLabour, happeningNow: false);
        await watcher.RunOnceAsync();
        await watcher.RunOnceAsync();

        Assert.Equal([(p1, "620102", TipAlertKind.NewP1)], received.Where(a => a.TipId == p1).Select(a => (a.TipId, a.JurisdictionKey, a.Kind)));
        Assert.DoesNotContain(received, a => a.TipId == p3);

        time.Advance(TimeSpan.FromMinutes(16));
        await watcher.RunOnceAsync();
        await watcher.RunOnceAsync();

        Assert.Equal(TipAlertKind.Escalated, Assert.Single(received, a => a.Kind == TipAlertKind.Escalated && a.TipId == p1).Kind);
    }
}
