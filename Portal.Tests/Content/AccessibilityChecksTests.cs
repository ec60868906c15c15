using Portal.Content.Audit;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>
/// The checks that stop publishing run where content is written: a save keeps the draft and warns at the block, a
/// submit is refused, so an unpublishable version never reaches review. Reviewers and publishers return a version for
/// changes with a comment the editors see.
/// </summary>
[IntegrationTest]
public abstract class AccessibilityChecksTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task Saving_an_image_without_alt_text_keeps_the_draft_and_warns_at_the_block()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Paragraph("<p>海报</p>")));
        var image = await newsroom.ImageAsync(alt: null);

        var result = await Host.Editor.SaveDraftAsync(newsroom.Editor, saved.ItemId, saved.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>海报</p>"), image));

        Assert.True(result.Succeeded, result.ToString());
        var warning = Assert.Single(result.Problems, p => p.Code == ContentCodes.ImageAltMissing);
        Assert.Equal((ProblemSeverity.Warning, image.Id, "blocks[1]", BlockTypes.Image, "alt"), (warning.Severity, warning.BlockId, warning.BlockPath, warning.BlockType, warning.Field));
        Assert.Equal(VersionState.Draft, (await Host.ItemAsync(saved.ItemId)).LatestState);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_at_submit_and_the_message_names_the_block()
    {
        var newsroom = await NewsroomAsync();
        var image = await newsroom.ImageAsync(alt: null);
        var saved = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Paragraph("<p>海报</p>"), image));

        var result = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId, "请审核");

        Assert.Equal(Failure.Invalid, result.Failure);
        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.ImageAltMissing, image.Id, "blocks[1]", BlockTypes.Image, "alt"), (problem.Code, problem.BlockId, problem.BlockPath, problem.BlockType, problem.Field));
        Assert.Equal(VersionState.Draft, (await Host.ItemAsync(saved.ItemId)).LatestState);
        Assert.Empty(await Host.Workflow.HistoryAsync(saved.ItemId));
    }

    [Fact]
    public async Task A_video_without_captions_is_refused_at_submit_even_inside_columns()
    {
        var newsroom = await NewsroomAsync();
        var video = await newsroom.VideoAsync(captions: false);
        var saved = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Columns([Drafts.Paragraph("<p>视频</p>")], [video])));

        var result = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId);

        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.VideoCaptionsMissing, video.Id, "blocks[0].columns[1].blocks[0]"), (problem.Code, problem.BlockId, problem.BlockPath));
    }

    [Fact]
    public async Task An_audio_without_a_transcript_is_refused_at_submit()
    {
        var newsroom = await NewsroomAsync();
        var audio = await newsroom.AudioAsync(transcript: " ");
        var saved = await newsroom.CreateAsync(Drafts.Article(null, audio));

        var result = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId);

        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.AudioTranscriptMissing, audio.Id, "blocks[0]", BlockTypes.Audio), (problem.Code, problem.BlockId, problem.BlockPath, problem.BlockType));
    }

    [Fact]
    public async Task A_poster_without_alt_text_is_refused_at_submit()
    {
        var newsroom = await NewsroomAsync();
        var poster = new PosterFields
        {
            ImageAssetId = await newsroom.UploadAsync("海报.png", MediaSamples.Png(320, 200)),
            PrintFiles = [new PrintFile { PaperSize = PaperSize.A2, AssetId = await newsroom.UploadAsync("海报-A2.pdf", MediaSamples.Pdf()) }],
        };
        var saved = await newsroom.CreateAsync(Drafts.Article() with { Fields = poster }, ContentType.Poster);

        var result = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId);

        Assert.Equal((ContentCodes.ImageAltMissing, "fields.altText"), (Assert.Single(result.Errors).Code, Assert.Single(result.Errors).Field));
    }

    [Fact]
    public async Task A_publisher_returns_an_approved_version_with_a_comment_the_editor_sees_and_the_fixed_version_goes_round_again()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Paragraph("<p>举报电话 110。</p>"), await newsroom.ImageAsync("海报")));
        await newsroom.ApproveAsync(saved.VersionId);
        Host.Time.Advance(TimeSpan.FromMinutes(10));

        var returned = await Host.Workflow.ReturnForChangesAsync(newsroom.Publisher, saved.VersionId, "替代文字要说明海报上的电话号码");

        Assert.True(returned.Succeeded, returned.ToString());
        Assert.Equal((VersionState.Approved, VersionState.ChangesRequested), (returned.Value!.From, returned.Value.To));
        Assert.Equal(VersionState.ChangesRequested, (await Host.ItemAsync(saved.ItemId)).LatestState);
        var last = (await Host.Workflow.HistoryAsync(saved.ItemId))[^1];
        Assert.Equal(
            (VersionState.Approved, VersionState.ChangesRequested, newsroom.Publisher.UserId, "替代文字要说明海报上的电话号码", ContentHarness.Start.AddMinutes(10)),
            (last.FromState, last.ToState, last.ActorId, last.Comment, last.At));
        var audit = (await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ItemId = saved.ItemId })).Items[0];
        Assert.Equal((AuditAction.ReturnedForChanges, newsroom.Publisher.UserId, "替代文字要说明海报上的电话号码"), (audit.Action, audit.ActorId, audit.Comment));
        Assert.False((await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId)).Succeeded);

        // The editor fixes it; the new version is submitted, approved and published.
        var fixedVersion = await newsroom.SaveAsync(saved.ItemId, saved.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>举报电话 110。</p>"), await newsroom.ImageAsync("海报：发现拐卖请拨打 110")));
        await newsroom.ApproveAsync(fixedVersion.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, fixedVersion.VersionId)).Succeeded);
    }

    [Fact]
    public async Task Returning_for_changes_needs_a_comment_and_a_reviewer_or_publisher_at_the_right_step()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        Assert.True((await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId)).Succeeded);

        var withoutComment = await Host.Workflow.ReturnForChangesAsync(newsroom.Reviewer, saved.VersionId, " ");
        var byEditor = await Host.Workflow.ReturnForChangesAsync(newsroom.Editor, saved.VersionId, "请修改");
        var publisherInReview = await Host.Workflow.ReturnForChangesAsync(newsroom.Publisher, saved.VersionId, "请修改");

        Assert.Equal((Failure.Invalid, ContentCodes.Required, "comment"), (withoutComment.Failure, withoutComment.Errors.Single().Code, withoutComment.Errors.Single().Field));
        Assert.Equal(Failure.Forbidden, byEditor.Failure);
        Assert.Equal((Failure.Invalid, ContentCodes.InvalidTransition), (publisherInReview.Failure, publisherInReview.Errors.Single().Code));
        Assert.Equal(VersionState.InReview, (await Host.ItemAsync(saved.ItemId)).LatestState);

        // A reviewer can return a version in review, and one already approved.
        Assert.True((await Host.Workflow.ApproveAsync(newsroom.Reviewer, saved.VersionId)).Succeeded);
        var byReviewer = await Host.Workflow.ReturnForChangesAsync(newsroom.Reviewer, saved.VersionId, "发现一处错别字");
        Assert.True(byReviewer.Succeeded, byReviewer.ToString());
        Assert.Equal(VersionState.ChangesRequested, (await Host.ItemAsync(saved.ItemId)).LatestState);
    }
}

public sealed class SqliteAccessibilityChecksTests(SqliteContentDatabaseFixture database) : AccessibilityChecksTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresAccessibilityChecksTests(PostgresContentDatabaseFixture database) : AccessibilityChecksTests(database), IClassFixture<PostgresContentDatabaseFixture>;
