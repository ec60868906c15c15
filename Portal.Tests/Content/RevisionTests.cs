using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Revisions;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class RevisionTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task Revisions_are_listed_newest_first_with_the_live_and_latest_marked()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.PublishedAsync();
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article() with { ChangeNote = "补充案例" });
        var v3 = await newsroom.SaveAsync(v1.ItemId, v2.VersionId, Drafts.Article());

        var page = (await Host.Revisions.ListAsync(newsroom.Reviewer, v1.ItemId, pageNumber: 1, pageSize: 2)).Value!;

        Assert.Equal((3, 2, 2), (page.TotalCount, page.PageCount, page.Items.Count));
        Assert.Equal([(3, true, false), (2, false, false)], page.Items.Select(r => (r.Number, r.IsLatest, r.IsLive)).ToArray());
        Assert.Equal("补充案例", page.Items[1].ChangeNote);
        var second = (await Host.Revisions.ListAsync(newsroom.Reviewer, v1.ItemId, pageNumber: 2, pageSize: 2)).Value!;
        Assert.Equal((1, true, VersionState.Published), (second.Items[0].Number, second.Items[0].IsLive, second.Items[0].State));
        Assert.Equal(v3.VersionId, page.Items[0].VersionId);
    }

    [Fact]
    public async Task Any_two_revisions_can_be_compared_block_by_block()
    {
        var newsroom = await NewsroomAsync();
        var a = Drafts.Heading("第一步");
        var b = Drafts.Paragraph("<p>记下车牌号。</p>");
        var c = Drafts.Paragraph("<p>拨打110。</p>");
        var v1 = await newsroom.CreateAsync(Drafts.Article("举报步骤", a, b, c));
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article("举报步骤", a, c, b));
        var v3 = await newsroom.SaveAsync(v1.ItemId, v2.VersionId, Drafts.Article("举报的步骤", a, c, b with { Html = "<p>记下车牌号和时间。</p>" }));

        var moved = (await Host.Revisions.DiffAsync(newsroom.Editor, v2.VersionId, v1.VersionId)).Value!;
        var changed = (await Host.Revisions.DiffAsync(newsroom.Editor, v1.VersionId, v3.VersionId)).Value!;

        Assert.Equal((v1.VersionId, v2.VersionId), (moved.FromVersionId, moved.ToVersionId));
        Assert.Empty(moved.Fields);
        Assert.Equal([ChangeKind.Unchanged, ChangeKind.Unchanged, ChangeKind.Moved], moved.Blocks.Select(x => x.Kind).ToArray());
        Assert.Equal(ChangeKind.Changed, Assert.Single(changed.Blocks, x => x.BlockId == b.Id).Kind);
        Assert.Contains(new TextSegment(SegmentKind.Added, "和时间"), Assert.Single(changed.Blocks, x => x.BlockId == b.Id).Text);
        Assert.Equal([new TextSegment(SegmentKind.Same, "举报"), new TextSegment(SegmentKind.Added, "的"), new TextSegment(SegmentKind.Same, "步骤")], Assert.Single(changed.Fields, f => f.Field == "title").Text);
    }

    [Fact]
    public async Task Restoring_an_old_revision_makes_a_new_draft_and_overwrites_nothing()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("原始标题"), Drafts.Paragraph("<p>原始内容</p>")).WithAudience("parents"));
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article(Drafts.Unique("改坏的标题"), Drafts.Paragraph("<p>错误内容</p>")));
        var before = await Host.VersionAsync(v1.VersionId);

        var restored = await Host.Revisions.RestoreAsync(newsroom.Editor, v1.VersionId, v2.VersionId);

        Assert.True(restored.Succeeded, restored.ToString());
        var v3 = await Host.VersionAsync(restored.Value!.VersionId);
        Assert.Equal((3, v1.VersionId, VersionState.Draft), (v3.Number, v3.RestoredFromVersionId, v3.State));
        Assert.Equal((before.Title, before.BodyJson, before.FieldsJson), (v3.Title, v3.BodyJson, v3.FieldsJson));
        Assert.Equal(before.BodyJson, (await Host.VersionAsync(v1.VersionId)).BodyJson);
        Assert.Contains("错误内容", (await Host.VersionAsync(v2.VersionId)).PlainText, StringComparison.Ordinal);
        var opened = (await Host.Editor.OpenAsync(newsroom.Editor, v1.ItemId)).Value!;
        Assert.Equal(["parents"], opened.Draft.Terms[Portal.Content.Taxonomy.Vocabulary.Audience]);
        var audit = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = v1.ItemId, Actions = [AuditAction.Restored] });
        Assert.Equal(newsroom.Editor.UserId, Assert.Single(audit.Items).ActorId);
        var diff = (await Host.Revisions.DiffAsync(newsroom.Editor, v1.VersionId, v3.Id)).Value!;
        Assert.False(diff.HasChanges);
    }

    [Fact]
    public async Task Restoring_on_top_of_a_version_that_is_no_longer_the_latest_is_a_conflict()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.CreateAsync();
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article());
        await newsroom.SaveAsync(v1.ItemId, v2.VersionId, Drafts.Article());

        var restored = await Host.Revisions.RestoreAsync(newsroom.Editor, v1.VersionId, v2.VersionId);

        Assert.Equal(Failure.Conflict, restored.Failure);
        await using var context = Host.Context();
        Assert.Equal(3, await context.Set<ContentVersion>().CountAsync(v => v.ItemId == v1.ItemId));
    }

    [Fact]
    public async Task People_without_a_role_in_the_department_see_no_revisions()
    {
        var newsroom = await NewsroomAsync();
        var outsider = await Host.PersonAsync(await Host.NewDepartmentAsync(), ContentRole.Reviewer);
        var v1 = await newsroom.CreateAsync();

        Assert.Equal(Failure.NotFound, (await Host.Revisions.ListAsync(outsider, v1.ItemId)).Failure);
        Assert.Equal(Failure.NotFound, (await Host.Revisions.DiffWithLiveAsync(outsider, v1.VersionId)).Failure);
        Assert.Equal(Failure.Forbidden, (await Host.Revisions.RestoreAsync(outsider, v1.VersionId, v1.VersionId)).Failure);
    }
}

public sealed class SqliteRevisionTests(SqliteContentDatabaseFixture database) : RevisionTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresRevisionTests(PostgresContentDatabaseFixture database) : RevisionTests(database), IClassFixture<PostgresContentDatabaseFixture>;
