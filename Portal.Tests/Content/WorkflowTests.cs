using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Publication;
using Portal.Content.Revisions;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class WorkflowTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task Every_transition_of_the_workflow_records_actor_time_and_comment()
    {
        var newsroom = await NewsroomAsync();
        var wf = Host.Workflow;
        var v1 = await newsroom.CreateAsync();

        Assert.True((await wf.SubmitAsync(newsroom.Editor, v1.VersionId, "初稿请审")).Succeeded);
        Host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await wf.RequestChangesAsync(newsroom.Reviewer, v1.VersionId, "请补充举报电话")).Succeeded);
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>发现线索请拨打 110。</p>")));
        Assert.True((await wf.SubmitAsync(newsroom.Editor, v2.VersionId, "已补充")).Succeeded);
        Host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await wf.ApproveAsync(newsroom.Reviewer, v2.VersionId, "同意发布")).Succeeded);
        Assert.True((await wf.PublishAsync(newsroom.Publisher, v2.VersionId, "上线")).Succeeded);
        Assert.Equal(VersionState.Published, (await Host.ItemAsync(v1.ItemId)).LatestState);
        Assert.True((await wf.UnpublishAsync(newsroom.Publisher, v1.ItemId, "活动结束")).Succeeded);
        Assert.Null((await Host.ItemAsync(v1.ItemId)).PublishedVersionId);
        Assert.True((await wf.PublishAsync(newsroom.Publisher, v2.VersionId, "重新上线")).Succeeded);
        Assert.True((await wf.ArchiveAsync(newsroom.Publisher, v1.ItemId, "归档")).Succeeded);

        var history = await wf.HistoryAsync(v1.ItemId);
        Assert.Equal(
            [
                (v1.VersionId, VersionState.Draft, VersionState.InReview, newsroom.Editor.UserId, "初稿请审"),
                (v1.VersionId, VersionState.InReview, VersionState.ChangesRequested, newsroom.Reviewer.UserId, "请补充举报电话"),
                (v2.VersionId, VersionState.Draft, VersionState.InReview, newsroom.Editor.UserId, "已补充"),
                (v2.VersionId, VersionState.InReview, VersionState.Approved, newsroom.Reviewer.UserId, "同意发布"),
                (v2.VersionId, VersionState.Approved, VersionState.Published, newsroom.Publisher.UserId, "上线"),
                (v2.VersionId, VersionState.Published, VersionState.Unpublished, newsroom.Publisher.UserId, "活动结束"),
                (v2.VersionId, VersionState.Unpublished, VersionState.Published, newsroom.Publisher.UserId, "重新上线"),
                (v2.VersionId, VersionState.Published, VersionState.Archived, newsroom.Publisher.UserId, "归档"),
            ],
            history.Where(a => a.ToState != VersionState.Superseded).Select(a => (a.VersionId, a.FromState, a.ToState, a.ActorId, a.Comment)).ToArray());
        Assert.Equal(ContentHarness.Start, history[0].At);
        Assert.Equal(ContentHarness.Start.AddMinutes(5), history[1].At);
        Assert.All(history, a => Assert.Equal(newsroom.Department, a.DepartmentId));
        var item = await Host.ItemAsync(v1.ItemId);
        Assert.Equal((VersionState.Archived, (Guid?)null), (item.LatestState, item.PublishedVersionId));
        var approved = await Host.VersionAsync(v2.VersionId);
        Assert.Equal((newsroom.Reviewer.UserId, newsroom.Publisher.UserId), (approved.ApprovedBy, approved.PublishedBy));
    }

    [Fact]
    public async Task The_author_of_a_version_cannot_approve_it()
    {
        var newsroom = await NewsroomAsync();
        var editorWhoReviews = await Host.PersonAsync(newsroom.Department, ContentRole.Editor, ContentRole.Reviewer);
        var created = await Host.Editor.CreateAsync(editorWhoReviews, ContentType.Article, new NewContentItem { OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article() });
        var versionId = created.Value!.VersionId;
        Assert.True((await Host.Workflow.SubmitAsync(editorWhoReviews, versionId)).Succeeded);

        var own = await Host.Workflow.ApproveAsync(editorWhoReviews, versionId, "自己批准");

        Assert.Equal((Failure.Forbidden, ContentCodes.FourEyes), (own.Failure, Assert.Single(own.Errors).Code));
        Assert.Equal(VersionState.InReview, (await Host.VersionAsync(versionId)).State);
        Assert.True((await Host.Workflow.ApproveAsync(newsroom.Reviewer, versionId)).Succeeded);
    }

    [Fact]
    public async Task Reviewers_and_publishers_act_only_in_their_departments()
    {
        var newsroom = await NewsroomAsync();
        var elsewhere = await Host.NewDepartmentAsync();
        var foreignReviewer = await Host.PersonAsync(elsewhere, ContentRole.Reviewer);
        var foreignPublisher = await Host.PersonAsync(elsewhere, ContentRole.Publisher);
        var saved = await newsroom.CreateAsync();
        Assert.True((await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId)).Succeeded);

        var approve = await Host.Workflow.ApproveAsync(foreignReviewer, saved.VersionId);
        Assert.True((await Host.Workflow.ApproveAsync(newsroom.Reviewer, saved.VersionId)).Succeeded);
        var publish = await Host.Workflow.PublishAsync(foreignPublisher, saved.VersionId);
        var publishByReviewer = await Host.Workflow.PublishAsync(newsroom.Reviewer, saved.VersionId);

        Assert.Equal(Failure.Forbidden, approve.Failure);
        Assert.Equal(Failure.Forbidden, publish.Failure);
        Assert.Equal(Failure.Forbidden, publishByReviewer.Failure);
        Assert.Equal(VersionState.Approved, (await Host.VersionAsync(saved.VersionId)).State);
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();

        var approveDraft = await Host.Workflow.ApproveAsync(newsroom.Reviewer, saved.VersionId);
        var publishDraft = await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId);
        var unpublishNothing = await Host.Workflow.UnpublishAsync(newsroom.Publisher, saved.ItemId);
        var changesWithoutComment = await Host.Workflow.RequestChangesAsync(newsroom.Reviewer, saved.VersionId, " ");

        Assert.Equal((ContentCodes.InvalidTransition, "Draft"), (Assert.Single(approveDraft.Errors).Code, Assert.Single(approveDraft.Errors).Value));
        Assert.Equal(ContentCodes.InvalidTransition, Assert.Single(publishDraft.Errors).Code);
        Assert.Equal(ContentCodes.InvalidTransition, Assert.Single(unpublishNothing.Errors).Code);
        Assert.Equal((ContentCodes.Required, "comment"), (Assert.Single(changesWithoutComment.Errors).Code, Assert.Single(changesWithoutComment.Errors).Field));
    }

    [Fact]
    public async Task Saving_while_in_review_ends_that_review_and_the_old_version_can_no_longer_be_approved()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.CreateAsync();
        Assert.True((await Host.Workflow.SubmitAsync(newsroom.Editor, v1.VersionId)).Succeeded);
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article());

        var approveOld = await Host.Workflow.ApproveAsync(newsroom.Reviewer, v1.VersionId);

        Assert.Equal(Failure.Invalid, approveOld.Failure);
        Assert.Equal(VersionState.Superseded, (await Host.VersionAsync(v1.VersionId)).State);
        Assert.Equal(VersionState.Draft, (await Host.ItemAsync(v1.ItemId)).LatestState);
        Assert.Contains(await Host.Workflow.HistoryAsync(v1.ItemId), a => a.VersionId == v1.VersionId && a.ToState == VersionState.Superseded && a.Comment == "replaced by v2");
        Assert.Equal(2, v2.Number);
    }

    [Fact]
    public async Task The_live_version_stays_live_until_the_next_one_is_published()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.PublishedAsync();
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>修订稿</p>")));
        await newsroom.ApproveAsync(v2.VersionId);

        Assert.Equal(v1.VersionId, (await Host.ItemAsync(v1.ItemId)).PublishedVersionId);
        Assert.Equal(VersionState.Published, (await Host.VersionAsync(v1.VersionId)).State);

        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v2.VersionId)).Succeeded);
        Assert.Equal(v2.VersionId, (await Host.ItemAsync(v1.ItemId)).PublishedVersionId);
        Assert.Equal(VersionState.Superseded, (await Host.VersionAsync(v1.VersionId)).State);
    }

    [Fact]
    public async Task Media_with_alt_text_captions_and_transcript_publishes()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article(null, await newsroom.ImageAsync("候车室里的反拐海报，写着“发现拐卖请拨打110”"), await newsroom.VideoAsync(captions: true), await newsroom.AudioAsync("各位旅客请注意……")));
        await newsroom.ApproveAsync(saved.VersionId);

        var result = await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Content_for_readers_with_intellectual_disabilities_without_an_easy_read_variant_publishes_with_a_warning()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article().WithAudience("general-public", TaxonomySeed.IntellectualDisability));
        await newsroom.ApproveAsync(saved.VersionId);

        var result = await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId);

        Assert.True(result.Succeeded, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ContentCodes.EasyReadVariantMissing, "terms.Audience"), (warning.Code, warning.Field));
    }

    [Fact]
    public async Task With_an_easy_read_variant_there_is_no_warning()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article().WithAudience(TaxonomySeed.IntellectualDisability));
        await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("被拐卖怎么办（易读版）")), rendition: Rendition.EasyRead, variantOf: saved.ItemId);
        await newsroom.ApproveAsync(saved.VersionId);

        var check = await Host.Workflow.CheckAsync(newsroom.Publisher, saved.VersionId);
        var result = await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId);

        Assert.Empty(check.Value!);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task Publishing_and_unpublishing_tell_listeners_the_cache_tags_to_evict()
    {
        var newsroom = await NewsroomAsync();
        var draft = Drafts.Article() with
        {
            Terms = new Dictionary<Vocabulary, IReadOnlyList<string>> { [Vocabulary.Audience] = ["travellers"], [Vocabulary.Setting] = ["railway-station"] },
        };
        var saved = await newsroom.PublishedAsync(draft);
        var item = await Host.ItemAsync(saved.ItemId);
        Assert.True((await Host.Workflow.UnpublishAsync(newsroom.Publisher, saved.ItemId, "下线")).Succeeded);

        var changes = Host.Listener.Of(saved.ItemId);
        Assert.Equal([PublicationChangeKind.Published, PublicationChangeKind.Unpublished], changes.Select(c => c.Kind).ToArray());
        string[] expected =
        [
            ContentCacheTags.Item(saved.ItemId),
            ContentCacheTags.Slug(ContentCultures.Chinese, Rendition.Standard, item.Slug),
            ContentCacheTags.TypeList(ContentType.Article, ContentCultures.Chinese),
            ContentCacheTags.VariantSet(item.VariantSetId),
            ContentCacheTags.Term(Vocabulary.Audience, "travellers"),
            ContentCacheTags.Term(Vocabulary.Setting, "railway-station"),
        ];
        Assert.All(changes, c => Assert.Equal(expected, c.CacheTags));
        Assert.Equal((newsroom.Publisher.UserId, saved.VersionId), (changes[0].ActorId, changes[0].VersionId));
    }

    [Fact]
    public async Task The_reviewer_sees_the_changes_against_the_live_version()
    {
        var newsroom = await NewsroomAsync();
        var kept = Drafts.Heading("识别信号");
        var edited = Drafts.Paragraph("<p>不要相信高薪招工。</p>");
        var removed = Drafts.Paragraph("<p>旧的联系方式。</p>");
        var v1 = await newsroom.PublishedAsync(Drafts.Article(null, kept, edited, removed));
        var live = await Host.VersionAsync(v1.VersionId);
        var added = await newsroom.ImageAsync("举报电话海报"); // a file in the library: submitting runs the publish checks
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article(live.Title + "（修订）", kept, edited with { Html = "<p>不要相信高薪招工和免费培训。</p>" }, added));
        Assert.True((await Host.Workflow.SubmitAsync(newsroom.Editor, v2.VersionId)).Succeeded);

        var diff = (await Host.Revisions.DiffWithLiveAsync(newsroom.Reviewer, v2.VersionId)).Value!;

        Assert.Equal((v1.VersionId, v2.VersionId), (diff.FromVersionId, diff.ToVersionId));
        Assert.Equal(
            [(ChangeKind.Unchanged, kept.Id), (ChangeKind.Changed, edited.Id), (ChangeKind.Added, added.Id), (ChangeKind.Removed, removed.Id)],
            diff.Blocks.Select(b => (b.Kind, b.BlockId)).ToArray());
        var changedText = diff.Blocks[1].Text;
        Assert.Contains(new TextSegment(SegmentKind.Added, "和免费培训"), changedText);
        var title = Assert.Single(diff.Fields, f => f.Field == "title");
        Assert.Equal(new TextSegment(SegmentKind.Added, "（修订）"), title.Text[^1]);
    }
}

public sealed class SqliteWorkflowTests(SqliteContentDatabaseFixture database) : WorkflowTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresWorkflowTests(PostgresContentDatabaseFixture database) : WorkflowTests(database), IClassFixture<PostgresContentDatabaseFixture>;
