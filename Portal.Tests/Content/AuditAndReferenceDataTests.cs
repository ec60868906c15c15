using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Taxonomy;
using Portal.Storage.Regions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class AuditAndReferenceDataTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task The_audit_trail_records_who_did_what_and_filters()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        var v2 = await newsroom.SaveAsync(saved.ItemId, saved.VersionId, Drafts.Article());
        Host.Time.Advance(TimeSpan.FromHours(1));
        await newsroom.ApproveAsync(v2.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v2.VersionId)).Succeeded);
        Assert.True((await Host.Workflow.UnpublishAsync(newsroom.Publisher, saved.ItemId)).Succeeded);
        Assert.True((await Host.Editor.DeleteAsync(newsroom.Publisher, saved.ItemId, "内容过时")).Succeeded);

        var all = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId });
        var byPublisher = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId, ActorId = newsroom.Publisher.UserId });
        var early = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId, To = ContentHarness.Start.AddMinutes(30) });
        var paged = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId, PageNumber = 2, PageSize = 3 });

        Assert.Equal(
            [AuditAction.Deleted, AuditAction.Unpublished, AuditAction.Published, AuditAction.Approved, AuditAction.Submitted, AuditAction.Edited, AuditAction.Created],
            all.Items.Select(e => e.Action).ToArray());
        Assert.Equal([AuditAction.Deleted, AuditAction.Unpublished, AuditAction.Published], byPublisher.Items.Select(e => e.Action).ToArray());
        Assert.Equal([AuditAction.Edited, AuditAction.Created], early.Items.Select(e => e.Action).ToArray());
        Assert.Equal((7, 3), (paged.TotalCount, paged.PageCount));
        Assert.Equal([AuditAction.Approved, AuditAction.Submitted, AuditAction.Edited], paged.Items.Select(e => e.Action).ToArray());
        Assert.Equal("内容过时", all.Items[0].Comment);
        Assert.All(all.Items, e => Assert.Equal(newsroom.Department, e.DepartmentId));
    }

    [Fact]
    public async Task People_see_the_audit_of_their_own_departments_only()
    {
        var newsroom = await NewsroomAsync();
        var other = await NewsroomAsync();
        await newsroom.CreateAsync();
        await other.CreateAsync();

        var seen = await Host.Audit.QueryAsync(newsroom.Reviewer, new AuditQuery { Actions = [AuditAction.Created], PageSize = 200 });

        Assert.NotEmpty(seen.Items);
        Assert.All(seen.Items, e => Assert.Equal(newsroom.Department, e.DepartmentId));
    }

    [Fact]
    public async Task Audit_events_cannot_be_changed_or_deleted()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        await using var context = Host.Context();
        var entry = await context.Set<AuditEvent>().FirstAsync(e => e.ItemId == saved.ItemId);

        entry.Summary = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        context.ChangeTracker.Clear();
        context.Remove(await context.Set<AuditEvent>().FirstAsync(e => e.ItemId == saved.ItemId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task Regions_are_Gansus_divisions_with_labels_in_both_languages()
    {
        var chinese = await Host.Taxonomy.TreeAsync(Vocabulary.Region, ContentCultures.Chinese);
        var english = await Host.Taxonomy.TreeAsync(Vocabulary.Region, ContentCultures.English);

        Assert.Equal(14, chinese.Count);
        Assert.Equal(GansuDivisions.Instance.All.Count, Flatten(chinese).Count());
        var lanzhou = Assert.Single(chinese, t => t.Key == "620100");
        Assert.Equal("兰州市", lanzhou.Label);
        Assert.Contains(lanzhou.Children, t => t.Key == GansuDivisions.LanzhouNewAreaKey && t.Label == "兰州新区");
        Assert.Contains(lanzhou.Children, t => t.Key == "620102" && t.Label == "城关区");
        Assert.Equal("Lanzhou", Assert.Single(english, t => t.Key == "620100").Label);
    }

    [Fact]
    public async Task Audience_setting_and_topic_are_seeded_as_trees()
    {
        var audience = await Host.Taxonomy.TreeAsync(Vocabulary.Audience, ContentCultures.Chinese);
        var setting = await Host.Taxonomy.TreeAsync(Vocabulary.Setting, ContentCultures.English);
        var topic = await Host.Taxonomy.TreeAsync(Vocabulary.Topic, ContentCultures.Chinese);

        var disabilities = Assert.Single(audience, t => t.Key == "people-with-disabilities");
        Assert.Equal(["disability-visual", "disability-hearing", TaxonomySeed.IntellectualDisability], disabilities.Children.Select(c => c.Key).ToArray());
        Assert.Equal(["students-primary", "students-junior-high", "students-senior-high", "students-vocational"], Assert.Single(audience, t => t.Key == "students").Children.Select(c => c.Key).ToArray());
        Assert.Equal("Railway station", Assert.Single(Assert.Single(setting, t => t.Key == "transport-hubs").Children, c => c.Key == "railway-station").Label);
        Assert.Equal(11, topic.Count);
        Assert.Equal("如何举报", Assert.Single(topic, t => t.Key == "how-to-report").Label);
    }

    [Fact]
    public async Task Departments_are_the_joint_conference_its_36_member_units_and_the_prefecture_conferences()
    {
        var departments = await Host.Departments.ListAsync();

        var root = Assert.Single(departments, d => d.Key == DepartmentSeed.RootKey);
        Assert.Null(root.ParentId);
        var seededChildren = departments.Where(d => d.ParentId == root.Id && !d.Key.StartsWith("test-", StringComparison.Ordinal)).ToList();
        Assert.Equal(36 + 15, seededChildren.Count);
        Assert.Equal("省委宣传部", Assert.Single(departments, d => d.Id == DepartmentSeed.PublicityId).NameZh);
        Assert.Equal("省公安厅", seededChildren[0].NameZh);
        Assert.Contains(departments, d => d.Key == DepartmentSeed.ConferenceKey(GansuDivisions.LanzhouNewAreaKey) && d.NameZh == "兰州新区反对拐卖人口联席会议");
    }

    private static IEnumerable<TermNode> Flatten(IEnumerable<TermNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

public sealed class SqliteAuditAndReferenceDataTests(SqliteContentDatabaseFixture database) : AuditAndReferenceDataTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresAuditAndReferenceDataTests(PostgresContentDatabaseFixture database) : AuditAndReferenceDataTests(database), IClassFixture<PostgresContentDatabaseFixture>;
