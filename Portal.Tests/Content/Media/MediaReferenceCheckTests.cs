using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Media;

/// <summary>
/// Every asset a version names must be in the library and of the kind its place takes: a save is warned (and keeps
/// the draft), publishing is refused, and the problem names the block or the field.
/// </summary>
[IntegrationTest]
public abstract class MediaReferenceCheckTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task A_file_missing_from_the_library_is_a_warning_at_save_and_refuses_submitting_naming_the_block_inside_columns()
    {
        var newsroom = await NewsroomAsync();
        var missing = Guid.NewGuid();
        var image = Drafts.Image("车站广场上的反拐海报", missing);
        var draft = Drafts.Article(null, Drafts.Columns([Drafts.Paragraph("<p>左栏</p>")], [image]));

        var created = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem { OwnerDepartmentId = newsroom.Department, Draft = draft });

        Assert.True(created.Succeeded, created.ToString());
        var warning = Assert.Single(created.Problems);
        Assert.Equal(
            (ContentCodes.MediaUnknownAsset, ProblemSeverity.Warning, image.Id, "blocks[0].columns[1].blocks[0]", BlockTypes.Image, "assetId", missing.ToString()),
            (warning.Code, warning.Severity, warning.BlockId, warning.BlockPath, warning.BlockType, warning.Field, warning.Value));

        var check = await Host.Workflow.CheckAsync(newsroom.Publisher, created.Value!.VersionId);
        var submitted = await Host.Workflow.SubmitAsync(newsroom.Editor, created.Value.VersionId);

        // Submitting runs the publish checks, so the version never reaches review.
        var error = Assert.Single(submitted.Errors);
        Assert.Equal((ContentCodes.MediaUnknownAsset, image.Id, "blocks[0].columns[1].blocks[0]", "assetId"), (error.Code, error.BlockId, error.BlockPath, error.Field));
        Assert.Equal([error], check.Value!);
        Assert.Equal(VersionState.Draft, (await Host.ItemAsync(created.Value.ItemId)).LatestState);
    }

    [Fact]
    public async Task A_block_that_names_a_file_of_the_wrong_kind_is_told_which_kind_it_takes()
    {
        var newsroom = await NewsroomAsync();
        var pdf = await newsroom.UploadAsync("宣传手册.pdf", MediaSamples.Pdf());
        var mp4 = await newsroom.UploadAsync("识别信号.mp4", MediaSamples.Mp4());
        var mp3 = await newsroom.UploadAsync("广播稿.mp3", MediaSamples.Mp3());
        var image = Drafts.Image("海报", pdf);
        // The captions slot names the video itself; the audio block names a video.
        var video = Drafts.Video(captions: true, assetId: mp4, captionsAssetId: mp4);
        var audio = Drafts.Audio("各位旅客请注意", mp4);
        var download = new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = mp3, Label = "广播录音" }] };

        var saved = await newsroom.CreateAsync(Drafts.Article(null, image, video, audio, download));
        var published = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId);

        Assert.Equal(
            new[]
            {
                (ContentCodes.MediaWrongKind, image.Id, "blocks[0]", "assetId", "Image"),
                (ContentCodes.MediaWrongKind, video.Id, "blocks[1]", "captionsAssetId", "Captions"),
                (ContentCodes.MediaWrongKind, audio.Id, "blocks[2]", "assetId", "Audio"),
            },
            published.Errors.Select(e => (e.Code, e.BlockId!.Value, e.BlockPath!, e.Field!, e.Value!)));
        Assert.DoesNotContain(published.Problems, p => p.BlockId == download.Id);
    }

    [Fact]
    public async Task The_save_reports_the_same_problems_as_warnings_and_keeps_the_draft()
    {
        var newsroom = await NewsroomAsync();
        var vtt = await newsroom.UploadAsync("字幕.vtt", MediaSamples.WebVtt());
        var image = Drafts.Image("海报", vtt);

        var created = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article(null, image),
        });

        Assert.True(created.Succeeded, created.ToString());
        var warning = Assert.Single(created.Problems);
        Assert.Equal((ContentCodes.MediaWrongKind, ProblemSeverity.Warning, image.Id, "Image"), (warning.Code, warning.Severity, warning.BlockId, warning.Value));
        var version = await Host.VersionAsync(created.Value!.VersionId);
        Assert.Contains(vtt, version.ReadMediaAssetIds());
    }

    [Fact]
    public async Task Fields_and_the_SEO_image_are_checked_by_field_name()
    {
        var newsroom = await NewsroomAsync();
        var png = await newsroom.UploadAsync("海报.png", MediaSamples.Png(320, 200));
        var pdf = await newsroom.UploadAsync("海报-A3.pdf", MediaSamples.Pdf());
        var unknownSeo = Guid.NewGuid();
        // The poster's picture is the PDF and its print file the PNG: a print file may be an image, the picture may not be a PDF.
        var poster = new PosterFields { ImageAssetId = pdf, AltText = "反拐海报：发现拐卖请拨打 110", PrintFiles = [new PrintFile { PaperSize = PaperSize.A3, AssetId = png }] };
        var saved = await newsroom.CreateAsync(Drafts.Article() with { Fields = poster, Blocks = [], Seo = new SeoSettings { ImageAssetId = unknownSeo } }, ContentType.Poster);

        var published = await Host.Workflow.SubmitAsync(newsroom.Editor, saved.VersionId);

        Assert.Equal(
            new[] { (ContentCodes.MediaWrongKind, "fields.imageAssetId", "Image"), (ContentCodes.MediaUnknownAsset, "seo.imageAssetId", unknownSeo.ToString()) },
            published.Errors.Select(e => (e.Code, e.Field!, e.Value!)));
    }

    [Fact]
    public async Task Files_of_the_right_kinds_save_without_a_word_and_publish()
    {
        var newsroom = await NewsroomAsync();
        var image = await newsroom.ImageAsync("候车室里的反拐海报");
        var video = await newsroom.VideoAsync(captions: true);
        var audio = await newsroom.AudioAsync("各位旅客请注意，发现可疑情况请拨打 110。");
        var pdf = await newsroom.UploadAsync("宣传手册.pdf", MediaSamples.Pdf());
        var download = new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = pdf, Label = "宣传手册" }] };

        var created = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article(null, image, Drafts.Columns([video], [audio, download])),
        });
        Assert.True(created.Succeeded, created.ToString());
        Assert.Empty(created.Problems);
        await newsroom.ApproveAsync(created.Value!.VersionId);

        var published = await Host.Workflow.PublishAsync(newsroom.Publisher, created.Value.VersionId);

        Assert.True(published.Succeeded, published.ToString());
        Assert.Empty(published.Problems);
    }
}

public sealed class SqliteMediaReferenceCheckTests(SqliteContentDatabaseFixture database) : MediaReferenceCheckTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresMediaReferenceCheckTests(PostgresContentDatabaseFixture database) : MediaReferenceCheckTests(database), IClassFixture<PostgresContentDatabaseFixture>;
