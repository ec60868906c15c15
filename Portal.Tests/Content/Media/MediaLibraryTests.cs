using Portal.Content.Audit;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Media;
using Portal.Tests.Tips.Attachments;
using SkiaSharp;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Media;

/// <summary>Renditions, the usage index, deletion, folders, editing and the list.</summary>
[IntegrationTest]
public abstract class MediaLibraryTests(ContentDatabaseFixture database, MediaBlobsFixture blobs) : MediaTestBase(database, blobs)
{
    [Fact]
    public async Task A_photo_gets_upright_renditions_no_wider_than_itself_without_its_metadata()
    {
        var newsroom = await NewsroomAsync();

        var asset = await UploadedAsync(newsroom, "车站.jpg", MediaSamples.RotatedPhoto());

        Assert.Equal((1000, 2000), (asset.Width, asset.Height));
        Assert.Equal(
            new[] { ("thumb", 160, 320), ("w480", 480, 960), ("w960", 960, 1920) },
            asset.Renditions.OrderBy(r => r.Width).Select(r => (r.Name, r.Width, r.Height)));
        foreach (var rendition in asset.Renditions)
        {
            var file = (await Media.FindStaffFileAsync(newsroom.Editor, asset.Id, rendition.Name))!;
            var bytes = await ReadAsync(file);
            Assert.Equal(("image/webp", (long)bytes.Length), (file.ContentType, file.Length));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("GPS-MEDIA"u8));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("EXIF"u8));
            using var decoded = SKBitmap.Decode(bytes);
            Assert.Equal((rendition.Width, rendition.Height), (decoded.Width, decoded.Height));
            // The photo's left quarter is orange-red; turned upright it is the top quarter.
            Assert.True(IsOrangeRed(decoded.GetPixel(decoded.Width / 2, decoded.Height / 16)), $"{rendition.Name}: top should be orange-red");
            Assert.False(IsOrangeRed(decoded.GetPixel(decoded.Width / 2, decoded.Height * 3 / 4)), $"{rendition.Name}: bottom should be blue");
        }

        // The original is kept as it was sent (the GPS block included): it is the editor's file, not a public one until used.
        var original = await ReadAsync((await Media.FindStaffFileAsync(newsroom.Editor, asset.Id, null))!);
        Assert.True(TestFiles.HasExifSegment(original));
    }

    [Fact]
    public async Task Jpeg_renditions_when_configured_have_no_EXIF_segment()
    {
        await Host.DisposeAsync();
        Host = ContentHarness.Create(Database, blobs: Blobs.Store, settings: new Dictionary<string, string?> { ["Content:Media:RenditionFormat"] = "Jpeg" });
        var newsroom = await NewsroomAsync();

        var asset = await UploadedAsync(newsroom, "车站.jpg", TestFiles.JpegWithGps(MediaSamples.GpsMarker, 1200, 600));

        Assert.Equal(["thumb", "w480"], asset.Renditions.Select(r => r.Name).Order());
        foreach (var rendition in asset.Renditions)
        {
            var bytes = await ReadAsync((await Media.FindStaffFileAsync(newsroom.Editor, asset.Id, rendition.Name))!);
            Assert.Equal("image/jpeg", rendition.ContentType);
            Assert.False(TestFiles.HasExifSegment(bytes));
        }
    }

    [Fact]
    public async Task A_small_image_gets_only_a_thumbnail_of_its_own_size_and_other_kinds_none()
    {
        var newsroom = await NewsroomAsync();

        var icon = await UploadedAsync(newsroom, "图标.png", MediaSamples.Png(100, 50));
        var pdf = await UploadedAsync(newsroom, "手册.pdf", MediaSamples.Pdf());

        Assert.Equal(("thumb", 100, 50), (icon.Renditions.Single().Name, icon.Renditions.Single().Width, icon.Renditions.Single().Height));
        Assert.Empty(pdf.Renditions);
        Assert.Equal((null, null), (pdf.Width, pdf.Height));
        Assert.Single(await BlobsOfAsync(pdf.Id));
        Assert.Equal(2, (await BlobsOfAsync(icon.Id)).Count);
    }

    [Fact]
    public async Task An_image_that_only_starts_like_one_is_refused_as_unreadable_and_leaves_nothing_behind()
    {
        var newsroom = await NewsroomAsync();
        var before = await Blobs.KeysAsync();

        var result = await UploadAsync(newsroom, "坏图.png", [.. MediaSamples.Png(10, 10).AsSpan(0, 16), .. MediaSamples.Random(2000)]);

        Assert.Equal(ContentCodes.MediaUnreadable, Assert.Single(result.Errors).Code);
        Assert.Equal(before.Order(), (await Blobs.KeysAsync()).Order());
        Assert.Equal(0, await AssetCountAsync(newsroom.Department));
    }

    [Fact]
    public async Task Where_used_lists_the_working_copy_and_the_live_version_and_delete_is_refused_until_neither_uses_it()
    {
        var newsroom = await NewsroomAsync();
        var photo = await UploadedAsync(newsroom, "海报.png", MediaSamples.Png(600, 400));
        var image = new ImageBlock { Id = Guid.NewGuid(), AssetId = photo.Id, Alt = "车站里的反拐海报" };
        var published = await newsroom.PublishedAsync(Drafts.Article(null, image));

        var uses = (await Media.WhereUsedAsync(newsroom.Reviewer, photo.Id)).Value!;
        var use = Assert.Single(uses);
        Assert.Equal((published.ItemId, published.VersionId, true, true), (use.ItemId, use.VersionId, use.IsLive, use.IsLatest));
        var refused = await Media.DeleteAsync(newsroom.Editor, photo.Id);
        Assert.Equal(Failure.Invalid, refused.Failure);
        Assert.Equal((ContentCodes.MediaInUse, published.ItemId.ToString()), (Assert.Single(refused.Errors).Code, refused.Errors.Single().Value));

        // A new draft without the image: the live version still shows it.
        var draft = await newsroom.SaveAsync(published.ItemId, published.VersionId, Drafts.Article((await Host.VersionAsync(published.VersionId)).Title));
        use = Assert.Single((await Media.WhereUsedAsync(newsroom.Editor, photo.Id)).Value!);
        Assert.Equal((published.VersionId, true, false), (use.VersionId, use.IsLive, use.IsLatest));
        Assert.False((await Media.DeleteAsync(newsroom.Editor, photo.Id)).Succeeded);

        // The new draft goes live: only history uses the image now, and it can go.
        await newsroom.ApproveAsync(draft.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, draft.VersionId, null)).Succeeded);
        Assert.Empty((await Media.WhereUsedAsync(newsroom.Editor, photo.Id)).Value!);
        Assert.Equal(3, (await BlobsOfAsync(photo.Id)).Count); // original, thumb, w480
        var deleted = await Media.DeleteAsync(newsroom.Editor, photo.Id);

        Assert.True(deleted.Succeeded, deleted.ToString());
        Assert.Empty(await BlobsOfAsync(photo.Id));
        Assert.Equal(Failure.NotFound, (await Media.GetAsync(newsroom.Editor, photo.Id)).Failure);
        var audit = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { AssetId = photo.Id, Actions = [AuditAction.MediaDeleted] });
        Assert.Equal(newsroom.Editor.UserId, Assert.Single(audit.Items).ActorId);
    }

    [Fact]
    public async Task A_draft_that_uses_a_file_holds_it_and_a_deleted_item_does_not()
    {
        var newsroom = await NewsroomAsync();
        var captions = await UploadedAsync(newsroom, "字幕.vtt", MediaSamples.WebVtt());
        var video = new VideoBlock { Id = Guid.NewGuid(), AssetId = Guid.NewGuid(), CaptionsAssetId = captions.Id };
        var draft = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Columns([Drafts.Paragraph("<p>左栏</p>")], [video])));

        var use = Assert.Single((await Media.WhereUsedAsync(newsroom.Editor, captions.Id)).Value!);
        Assert.Equal((draft.VersionId, false, true), (use.VersionId, use.IsLive, use.IsLatest));
        Assert.Equal(ContentCodes.MediaInUse, Assert.Single((await Media.DeleteAsync(newsroom.Editor, captions.Id)).Errors).Code);

        Assert.True((await Host.Editor.DeleteAsync(newsroom.Editor, draft.ItemId, "不再需要")).Succeeded);

        Assert.True((await Media.DeleteAsync(newsroom.Editor, captions.Id)).Succeeded);
    }

    [Fact]
    public async Task Only_files_of_a_live_version_are_public()
    {
        var newsroom = await NewsroomAsync();
        var photo = await UploadedAsync(newsroom, "海报.png", MediaSamples.Png(600, 400));
        var unused = await UploadedAsync(newsroom, "另一张.png", MediaSamples.Png(600, 400, SKColors.Crimson));
        var saved = await newsroom.CreateAsync(Drafts.Article(null, new ImageBlock { Id = Guid.NewGuid(), AssetId = photo.Id, Alt = "海报" }));

        Assert.Null(await Media.FindPublicFileAsync(photo.Id, null));
        await newsroom.ApproveAsync(saved.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId, null)).Succeeded);

        var original = await Media.FindPublicFileAsync(photo.Id, null);
        var thumbnail = await Media.FindPublicFileAsync(photo.Id, "thumb");
        // Never the uploaded image itself (it may carry EXIF and GPS): its largest rendition, without metadata.
        Assert.Equal(("海报-w480.webp", "image/webp", "w480"), (original!.FileName, original.ContentType, original.Rendition));
        Assert.Equal(("海报-thumb.webp", "image/webp"), (thumbnail!.FileName, thumbnail.ContentType));
        Assert.Null(await Media.FindPublicFileAsync(photo.Id, "w9999"));
        Assert.Null(await Media.FindPublicFileAsync(unused.Id, null));

        Assert.True((await Host.Workflow.UnpublishAsync(newsroom.Publisher, saved.ItemId, "撤下")).Succeeded);
        Assert.Null(await Media.FindPublicFileAsync(photo.Id, null));
    }

    [Fact]
    public async Task An_editor_of_another_department_can_neither_see_nor_change_nor_delete_a_file()
    {
        var newsroom = await NewsroomAsync();
        var other = await NewsroomAsync();
        var asset = await UploadedAsync(newsroom, "手册.pdf", MediaSamples.Pdf());

        Assert.Equal(Failure.Forbidden, (await Media.GetAsync(other.Editor, asset.Id)).Failure);
        Assert.Null(await Media.FindStaffFileAsync(other.Editor, asset.Id, null));
        Assert.Equal(Failure.Forbidden, (await Media.UpdateTextsAsync(other.Editor, asset.Id, [new MediaTextInput("zh-CN", "改")])).Failure);
        Assert.Equal(Failure.Forbidden, (await Media.MoveAsync(other.Editor, asset.Id, null)).Failure);
        Assert.Equal(Failure.Forbidden, (await Media.DeleteAsync(other.Editor, asset.Id)).Failure);
        // A reviewer of the department sees it but may not delete it: deleting is an editor's job.
        Assert.True((await Media.GetAsync(newsroom.Reviewer, asset.Id)).Succeeded);
        Assert.Equal(Failure.Forbidden, (await Media.DeleteAsync(newsroom.Reviewer, asset.Id)).Failure);
        Assert.Single(await BlobsOfAsync(asset.Id));
        Assert.DoesNotContain((await Media.SearchAsync(other.Editor, new MediaQuery())).Items, a => a.Id == asset.Id);
    }

    [Fact]
    public async Task Folders_hold_files_and_are_renamed_moved_and_deleted_when_empty()
    {
        var newsroom = await NewsroomAsync();
        var posters = (await Media.CreateFolderAsync(newsroom.Editor, newsroom.Department, null, "海报")).Value!;
        var stations = (await Media.CreateFolderAsync(newsroom.Editor, newsroom.Department, posters.Id, "车站")).Value!;
        var asset = await UploadedAsync(newsroom, "车站海报.pdf", MediaSamples.Pdf(), stations.Id);

        Assert.Equal(ContentCodes.MediaFolderNameTaken, Assert.Single((await Media.CreateFolderAsync(newsroom.Editor, newsroom.Department, null, " 海报 ")).Errors).Code);
        Assert.Equal(ContentCodes.MediaFolderCycle, Assert.Single((await Media.UpdateFolderAsync(newsroom.Editor, posters.Id, "海报", new FolderPlacement(stations.Id))).Errors).Code);
        Assert.Equal(ContentCodes.MediaFolderNotEmpty, Assert.Single((await Media.DeleteFolderAsync(newsroom.Editor, stations.Id)).Errors).Code);
        Assert.Equal(new[] { asset.Id }, (await Media.SearchAsync(newsroom.Editor, new MediaQuery { FolderId = stations.Id })).Items.Select(a => a.Id));

        var renamed = await Media.UpdateFolderAsync(newsroom.Editor, stations.Id, "火车站", new FolderPlacement(null));
        Assert.Equal(("火车站", null), (renamed.Value!.Name, renamed.Value.ParentId));
        Assert.True((await Media.MoveAsync(newsroom.Editor, asset.Id, null)).Succeeded);
        Assert.True((await Media.DeleteFolderAsync(newsroom.Editor, stations.Id)).Succeeded);
        Assert.Equal(["海报"], (await Media.FoldersAsync(newsroom.Reviewer, newsroom.Department)).Value!.Select(f => f.Name));
        Assert.Equal(new[] { asset.Id }, (await Media.SearchAsync(newsroom.Editor, new MediaQuery { DepartmentId = newsroom.Department, TopLevelOnly = true })).Items.Select(a => a.Id));
        var actions = (await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { DepartmentId = newsroom.Department })).Items.Select(e => e.Action).ToHashSet();
        Assert.Superset(new HashSet<AuditAction> { AuditAction.MediaFolderCreated, AuditAction.MediaFolderRenamed, AuditAction.MediaFolderDeleted, AuditAction.MediaMoved, AuditAction.MediaUploaded }, actions);
    }

    [Fact]
    public async Task The_list_filters_by_kind_text_and_missing_alt_text_and_pages_newest_first()
    {
        var newsroom = await NewsroomAsync();
        var first = await UploadedAsync(newsroom, "第一张.png", MediaSamples.Png(20, 20, SKColors.Red), null, new MediaTextInput("zh-CN", "售票窗口"));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await UploadedAsync(newsroom, "第二张.png", MediaSamples.Png(20, 20, SKColors.Blue));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        var manual = await UploadedAsync(newsroom, "乘务员手册.pdf", MediaSamples.Pdf(), null, new MediaTextInput("en", null, "Handbook for train crews"));
        var mine = new MediaQuery { DepartmentId = newsroom.Department };

        Assert.Equal(new[] { manual.Id, second.Id, first.Id }, (await Media.SearchAsync(newsroom.Editor, mine)).Items.Select(a => a.Id));
        Assert.Equal(new[] { second.Id, first.Id }, (await Media.SearchAsync(newsroom.Editor, mine with { Kind = MediaKind.Image })).Items.Select(a => a.Id));
        Assert.Equal(new[] { first.Id }, (await Media.SearchAsync(newsroom.Editor, mine with { Text = "售票" })).Items.Select(a => a.Id));
        Assert.Equal(new[] { manual.Id }, (await Media.SearchAsync(newsroom.Editor, mine with { Text = "手册" })).Items.Select(a => a.Id));
        Assert.Equal(new[] { manual.Id }, (await Media.SearchAsync(newsroom.Editor, mine with { Text = "train crews" })).Items.Select(a => a.Id));
        Assert.Equal(new[] { second.Id }, (await Media.SearchAsync(newsroom.Editor, mine with { MissingAltOnly = true })).Items.Select(a => a.Id));
        var page2 = await Media.SearchAsync(newsroom.Editor, mine with { PageNumber = 2, PageSize = 2 });
        Assert.Equal((3, 2), (page2.TotalCount, page2.PageCount));
        Assert.Equal(first.Id, Assert.Single(page2.Items).Id);
    }

    [Fact]
    public async Task Editing_texts_replaces_them_per_culture_and_a_rename_keeps_the_type()
    {
        var newsroom = await NewsroomAsync();
        var asset = await UploadedAsync(newsroom, "海报.png", MediaSamples.Png(20, 20), null, new MediaTextInput("zh-CN", "旧的替代文字"), new MediaTextInput("en", "Old alt"));

        var wrongType = await Media.UpdateTextsAsync(newsroom.Editor, asset.Id, [], "海报.jpg");
        var edited = await Media.UpdateTextsAsync(newsroom.Editor, asset.Id, [new MediaTextInput("zh-CN", "新的替代文字", "图片说明", "摄影：张三")], "车站海报.png");

        Assert.Equal(ContentCodes.MediaExtensionMismatch, Assert.Single(wrongType.Errors).Code);
        Assert.True(edited.Succeeded, edited.ToString());
        var read = (await Media.GetAsync(newsroom.Editor, asset.Id)).Value!;
        Assert.Equal("车站海报.png", read.OriginalFileName);
        Assert.Equal(("新的替代文字", "图片说明", "摄影：张三"), (read.TextFor("zh-CN")!.Alt, read.TextFor("zh-CN")!.Caption, read.TextFor("zh-CN")!.Credit));
        Assert.Null(read.TextFor("en"));
    }

    [Fact]
    public async Task Kinds_of_tells_which_ids_are_in_the_library()
    {
        var newsroom = await NewsroomAsync();
        var captions = await UploadedAsync(newsroom, "字幕.vtt", MediaSamples.WebVtt());
        var unknown = Guid.NewGuid();

        var kinds = await Media.KindsOfAsync([captions.Id, unknown]);

        Assert.Equal(MediaKind.Captions, kinds[captions.Id]);
        Assert.False(kinds.ContainsKey(unknown));
    }

    private static bool IsOrangeRed(SKColor color) => color.Red > 200 && color.Green < 120 && color.Blue < 80;
}

public sealed class SqliteFileSystemMediaLibraryTests(SqliteContentDatabaseFixture database, FileSystemMediaBlobsFixture blobs)
    : MediaLibraryTests(database, blobs), IClassFixture<SqliteContentDatabaseFixture>, IClassFixture<FileSystemMediaBlobsFixture>;

public sealed class PostgresAzuriteMediaLibraryTests(PostgresContentDatabaseFixture database, AzuriteMediaBlobsFixture blobs)
    : MediaLibraryTests(database, blobs), IClassFixture<PostgresContentDatabaseFixture>, IClassFixture<AzuriteMediaBlobsFixture>;
