using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Publication;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class ScheduleTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task A_scheduled_publication_happens_when_its_time_comes_through_the_same_workflow()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        await newsroom.ApproveAsync(saved.VersionId);
        var at = Host.Time.GetUtcNow().AddHours(2);

        var scheduled = await Host.Workflow.SchedulePublishAsync(newsroom.Publisher, saved.VersionId, at);
        Host.Time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        var early = await Host.Scheduler.RunDueAsync();
        Assert.True(scheduled.Succeeded, scheduled.ToString());
        Assert.Null((await Host.ItemAsync(saved.ItemId)).PublishedVersionId);
        Assert.Empty(Host.Listener.Of(saved.ItemId));

        Host.Time.Advance(TimeSpan.FromSeconds(1));
        await Host.Scheduler.RunDueAsync();

        var item = await Host.ItemAsync(saved.ItemId);
        Assert.Equal((saved.VersionId, (DateTimeOffset?)at), (item.PublishedVersionId, item.PublishedAt));
        var published = Assert.Single(await Host.Workflow.HistoryAsync(saved.ItemId), a => a.ToState == VersionState.Published);
        Assert.Equal((ContentActor.SchedulerId, at), (published.ActorId, published.At));
        Assert.Equal(ContentActor.SchedulerId, Assert.Single(Host.Listener.Of(saved.ItemId)).ActorId);
        var audit = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId, Actions = [AuditAction.PublishScheduled, AuditAction.Published] });
        Assert.Equal([(AuditAction.Published, ContentActor.SchedulerId), (AuditAction.PublishScheduled, newsroom.Publisher.UserId)], audit.Items.Select(e => (e.Action, e.ActorId)).ToArray());
        Assert.Equal(0, early.Published);
    }

    [Fact]
    public async Task Two_web_nodes_running_the_scheduler_at_once_publish_each_version_exactly_once()
    {
        var newsroom = await NewsroomAsync();
        var versions = new List<SavedVersion>();
        for (var i = 0; i < 6; i++)
        {
            var saved = await newsroom.CreateAsync();
            await newsroom.ApproveAsync(saved.VersionId);
            Assert.True((await Host.Workflow.SchedulePublishAsync(newsroom.Publisher, saved.VersionId, Host.Time.GetUtcNow().AddMinutes(10))).Succeeded);
            versions.Add(saved);
        }

        await using var nodeA = ContentHarness.Create(Database, Host.Time);
        await using var nodeB = ContentHarness.Create(Database, Host.Time);
        Host.Time.Advance(TimeSpan.FromMinutes(10));
        using var start = new Barrier(2);
        var runs = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return nodeA.Scheduler.RunDueAsync(); }),
            Task.Run(() => { start.SignalAndWait(); return nodeB.Scheduler.RunDueAsync(); }));

        var mine = versions.Select(v => v.ItemId).ToHashSet();
        var notifications = nodeA.Listener.Changes.Concat(nodeB.Listener.Changes).Where(c => mine.Contains(c.ItemId)).ToList();
        Assert.Equal(6, notifications.Count);
        Assert.Equal(mine, notifications.Select(c => c.ItemId).ToHashSet());
        Assert.True(runs.Sum(r => r.Published) >= 6);
        await using var context = Host.Context();
        var ids = versions.Select(v => v.VersionId).ToList();
        var publishedActions = await context.Set<ReviewAction>().Where(a => ids.Contains(a.VersionId) && a.ToState == VersionState.Published).ToListAsync();
        Assert.Equal(6, publishedActions.Count);
        var publishedEvents = await context.Set<AuditEvent>().CountAsync(e => e.VersionId != null && ids.Contains(e.VersionId.Value) && e.Action == AuditAction.Published);
        Assert.Equal(6, publishedEvents);
        Assert.All(versions, v => Assert.Equal(v.VersionId, context.Set<ContentItem>().Single(i => i.Id == v.ItemId).PublishedVersionId));
    }

    [Fact]
    public async Task A_scheduled_unpublication_takes_the_item_down_at_its_time()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.PublishedAsync();

        Assert.True((await Host.Workflow.ScheduleUnpublishAsync(newsroom.Publisher, saved.ItemId, Host.Time.GetUtcNow().AddDays(7))).Succeeded);
        Host.Time.Advance(TimeSpan.FromDays(6));
        await Host.Scheduler.RunDueAsync();
        Assert.NotNull((await Host.ItemAsync(saved.ItemId)).PublishedVersionId);
        Host.Time.Advance(TimeSpan.FromDays(1));
        await Host.Scheduler.RunDueAsync();

        var item = await Host.ItemAsync(saved.ItemId);
        Assert.Equal(((Guid?)null, (DateTimeOffset?)null), (item.PublishedVersionId, item.UnpublishAt));
        Assert.Equal(VersionState.Unpublished, (await Host.VersionAsync(saved.VersionId)).State);
        Assert.Equal([PublicationChangeKind.Published, PublicationChangeKind.Unpublished], Host.Listener.Of(saved.ItemId).Select(c => c.Kind).ToArray());
    }

    [Fact]
    public async Task An_alert_comes_down_at_its_expiry()
    {
        var newsroom = await NewsroomAsync();
        var expiresAt = Host.Time.GetUtcNow().AddHours(48);
        var alert = Drafts.Article(Drafts.Unique("寻人启事：兰州市城关区走失儿童"), Drafts.Paragraph("<p>如有线索请拨打 110。</p>")) with
        {
            Fields = new AlertFields { Kind = AlertKind.MissingPerson, ExpiresAt = expiresAt, ContactPhone = "110" },
        };
        var saved = await newsroom.PublishedAsync(alert, ContentType.Alert);
        Assert.Equal(expiresAt, (await Host.ItemAsync(saved.ItemId)).UnpublishAt);

        Host.Time.Advance(TimeSpan.FromHours(48));
        var run = await Host.Scheduler.RunDueAsync();

        Assert.Null((await Host.ItemAsync(saved.ItemId)).PublishedVersionId);
        Assert.True(run.Unpublished >= 1);
    }

    [Fact]
    public async Task A_schedule_in_the_past_is_refused()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        await newsroom.ApproveAsync(saved.VersionId);

        var result = await Host.Workflow.SchedulePublishAsync(newsroom.Publisher, saved.VersionId, Host.Time.GetUtcNow().AddMinutes(-1));

        Assert.Equal((ContentCodes.ScheduleInPast, "at"), (Assert.Single(result.Errors).Code, Assert.Single(result.Errors).Field));
    }

    [Fact]
    public async Task A_scheduled_publication_the_checks_refuse_at_its_time_is_dropped_and_recorded()
    {
        var newsroom = await NewsroomAsync();
        var alert = Drafts.Article() with { Fields = new AlertFields { Kind = AlertKind.UrgentNotice, ExpiresAt = Host.Time.GetUtcNow().AddHours(3) } };
        var saved = await newsroom.CreateAsync(alert, ContentType.Alert);
        await newsroom.ApproveAsync(saved.VersionId);
        Assert.True((await Host.Workflow.SchedulePublishAsync(newsroom.Publisher, saved.VersionId, Host.Time.GetUtcNow().AddHours(1))).Succeeded);
        await using (var context = Host.Context())
        {
            // The alert expires before its publication comes round (as if the clock of the decision had been wrong).
            await context.Set<ContentVersion>().Where(v => v.Id == saved.VersionId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishAt, (DateTimeOffset?)Host.Time.GetUtcNow().AddHours(4)));
        }

        Host.Time.Advance(TimeSpan.FromHours(4));
        var run = await Host.Scheduler.RunDueAsync();
        var again = await Host.Scheduler.RunDueAsync();

        Assert.True(run.Failed >= 1);
        Assert.Null((await Host.ItemAsync(saved.ItemId)).PublishedVersionId);
        var version = await Host.VersionAsync(saved.VersionId);
        Assert.Equal((VersionState.Approved, (DateTimeOffset?)null), (version.State, version.PublishAt));
        var failure = Assert.Single((await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId, Actions = [AuditAction.ScheduledActionFailed] })).Items);
        Assert.Contains("fields.expiresAt", failure.Summary, StringComparison.Ordinal);
        Assert.Equal(0, again.Failed);
    }
}

public sealed class SqliteScheduleTests(SqliteContentDatabaseFixture database) : ScheduleTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresScheduleTests(PostgresContentDatabaseFixture database) : ScheduleTests(database), IClassFixture<PostgresContentDatabaseFixture>;
