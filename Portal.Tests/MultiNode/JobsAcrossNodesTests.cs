using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Content.Audit;
using Portal.Content.Data;
using Portal.Content.Workflow;
using Portal.Storage.Database;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tests.Volunteers;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tests.MultiNode;

/// <summary>
/// Two nodes whose background workers run every second against one PostgreSQL database: each due item is acted on
/// once (a scheduled publication, an SLA escalation, an outcome mail), while what is each node's own (the live
/// alert for its open staff pages) still happens on both; and a round lock held elsewhere holds both nodes' rounds.
/// </summary>
[IntegrationTest]
public sealed class JobsAcrossNodesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Scheduled_publications_due_on_two_racing_nodes_are_published_once_each()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Content:Scheduler:Interval"] = "00:00:01" });
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        var versions = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            versions.Add(await ScheduleAsync(newsroom, TimeSpan.FromSeconds(2)));
        }

        await EventuallyAsync(async () => await PublishedCountAsync(nodes, versions) == versions.Count);
        await Task.Delay(TimeSpan.FromSeconds(3)); // more rounds on both nodes change nothing

        await using var context = await nodes.A.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        Assert.Equal(versions.Count, await PublishedCountAsync(nodes, versions));
        Assert.Equal(versions.Count, await context.Set<AuditEvent>().CountAsync(e => e.VersionId != null && versions.Contains(e.VersionId.Value) && e.Action == AuditAction.Published));
    }

    [Fact]
    public async Task An_overdue_P1_is_escalated_once_and_both_nodes_alert_their_own_staff_pages()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Tips:Sla:PollInterval"] = "00:00:01" });
        var alerts = new ConcurrentQueue<(string Node, TipAlert Alert)>();
        nodes.A.Services.GetRequiredService<TipAlerts>().Raised += alert => alerts.Enqueue(("A", alert));
        nodes.B.Services.GetRequiredService<TipAlerts>().Raised += alert => alerts.Enqueue(("B", alert));

        // Received an hour ago and never acknowledged: overdue the moment it is stored.
        var services = nodes.A.Services;
        var intake = new TipIntake(new TipsContexts(services.GetRequiredService<IDbContextFactory<TipsDbContext>>()), services.GetRequiredService<TipKeyring>(), services.GetRequiredService<ReceiptHashes>(),
            services.GetRequiredService<TipMetrics>(), new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddHours(-1)));
        var tipId = (await intake.SubmitAsync(TipSubmissions.Valid() with { Category = TipCategory.ChildAbduction, HappeningNow = true, PlaceKey = "620102" })).TipId!.Value;

        bool Alerted(string node) => alerts.Any(a => a.Node == node && a.Alert.TipId == tipId && a.Alert.Kind == TipAlertKind.Escalated);
        await EventuallyAsync(() => Task.FromResult(Alerted("A") && Alerted("B")));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var audit = await services.GetRequiredService<TipAuditLog>().OfTipAsync(tipId);
        Assert.Single(audit, e => e.Action == TipAuditActions.Escalate && e.ActorId == SlaMonitor.ActorId);
        Assert.Single(alerts, a => a.Node == "A" && a.Alert.TipId == tipId && a.Alert.Kind == TipAlertKind.Escalated);
        Assert.Single(alerts, a => a.Node == "B" && a.Alert.TipId == tipId && a.Alert.Kind == TipAlertKind.Escalated);
    }

    [Fact]
    public async Task An_outcome_mail_due_on_two_racing_nodes_is_sent_once()
    {
        using var smtp = new SmtpServerProcess();
        await smtp.StartAsync();
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?>
        {
            ["Mail:Enabled"] = "true",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:FromAddress"] = "noreply@fanguai.example.gov.cn",
            ["Mail:PublicBaseUrl"] = "https://fanguai.example.gov.cn",
            ["Mail:PollInterval"] = "00:00:01",
        });
        var desk = new VolunteerHarness(nodes.A);
        var coordinator = await desk.CoordinatorAsync(VolunteerHarness.Lanzhou);
        var application = VolunteerHarness.Application();
        var applicant = await desk.ApplyAsync(application);
        Assert.True((await desk.Vetting.StartReviewAsync(coordinator, applicant.VolunteerId)).Succeeded);
        Assert.True((await desk.Vetting.RejectAsync(coordinator, applicant.VolunteerId, RejectionReason.NoSuitableRole)).Succeeded);

        await EventuallyAsync(() => Task.FromResult(smtp.Received().Any(m => m.To.Mailboxes.Single().Address == application.Email)));
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(smtp.Received(), m => m.To.Mailboxes.Single().Address == application.Email);
    }

    [Fact]
    public async Task While_another_session_holds_the_round_lock_neither_node_publishes_and_once_it_is_let_go_one_does()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Content:Scheduler:Interval"] = "00:00:01" });
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        // A node may be in a round this very moment: take the lock between two of its rounds.
        var locks = new PostgresRoundLock(nodes.ConnectionString);
        IAsyncDisposable? held = null;
        await EventuallyAsync(async () => (held = await locks.TryAcquireAsync("content.scheduled-publication")) is not null);
        var version = await ScheduleAsync(newsroom, TimeSpan.FromSeconds(1));

        await Task.Delay(TimeSpan.FromSeconds(4)); // due for three seconds: both nodes tried several rounds
        Assert.Equal(0, await PublishedCountAsync(nodes, [version]));

        await held!.DisposeAsync();
        await EventuallyAsync(async () => await PublishedCountAsync(nodes, [version]) == 1);
    }

    /// <summary>An approved version scheduled <paramref name="from"/> after it is approved (a slow machine takes seconds to get there).</summary>
    private static async Task<Guid> ScheduleAsync(PortalNewsroom newsroom, TimeSpan from)
    {
        var saved = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("定时发布的防拐提示")));
        Assert.True((await newsroom.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId)).Succeeded);
        Assert.True((await newsroom.Workflow.ApproveAsync(newsroom.Reviewer, saved.VersionId)).Succeeded);
        var scheduled = await newsroom.Workflow.SchedulePublishAsync(newsroom.Publisher, saved.VersionId, TimeProvider.System.GetUtcNow() + from);
        Assert.True(scheduled.Succeeded, scheduled.ToString());
        return saved.VersionId;
    }

    private static async Task<int> PublishedCountAsync(TwoNodes nodes, IReadOnlyCollection<Guid> versions)
    {
        await using var context = await nodes.B.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        return await context.Set<ReviewAction>().CountAsync(a => versions.Contains(a.VersionId) && a.ToState == VersionState.Published);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Patience, "The nodes did not get there in time.");
            await Task.Delay(200);
        }
    }
}
