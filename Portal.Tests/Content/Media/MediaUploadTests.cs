using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Storage.IO;

namespace Portal.Tests.Content.Media;

/// <summary>Upload: the allow-list by content, the claimed extension, size limits, de-duplication, rights, audit.</summary>
[IntegrationTest]
public abstract class MediaUploadTests(ContentDatabaseFixture database, MediaBlobsFixture blobs) : MediaTestBase(database, blobs)
{
    public static TheoryData<string, string, MediaKind, string> AllowedFiles => new()
    {
        { "海报.jpg", "jpg", MediaKind.Image, "image/jpeg" },
        { "海报.png", "png", MediaKind.Image, "image/png" },
        { "海报.webp", "webp", MediaKind.Image, "image/webp" },
        { "反拐手册.pdf", "pdf", MediaKind.Document, "application/pdf" },
        { "宣传片.mp4", "mp4", MediaKind.Video, "video/mp4" },
        { "广播稿.mp3", "mp3", MediaKind.Audio, "audio/mpeg" },
        { "宣传片字幕.vtt", "vtt", MediaKind.Captions, "text/vtt" },
        { "教案.docx", "docx", MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "课件.pptx", "pptx", MediaKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "海报包.zip", "zip", MediaKind.Archive, "application/zip" },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public async Task Every_allowed_type_is_recognised_by_its_content_and_stored_with_its_hash(string fileName, string sample, MediaKind kind, string contentType)
    {
        var newsroom = await NewsroomAsync();
        var content = Sample(sample);

        var asset = await UploadedAsync(newsroom, fileName, content);

        Assert.Equal((fileName, kind, contentType, (long)content.Length), (asset.OriginalFileName, asset.Kind, asset.ContentType, asset.Length));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), asset.Sha256);
        var stored = await Media.FindStaffFileAsync(newsroom.Editor, asset.Id, null);
        Assert.NotNull(stored);
        Assert.Equal(content, await ReadAsync(stored));
    }

    [Theory]
    [InlineData("照片.jpg", "exe", ContentCodes.MediaTypeNotAllowed)]
    [InlineData("照片.jpg", "png", ContentCodes.MediaExtensionMismatch)]
    [InlineData("手册.pdf", "docx", ContentCodes.MediaExtensionMismatch)]
    [InlineData("教案.docx", "zip", ContentCodes.MediaExtensionMismatch)]
    [InlineData("课件.pptx", "docx", ContentCodes.MediaExtensionMismatch)]
    [InlineData("宣传片.mp4", "mp3", ContentCodes.MediaExtensionMismatch)]
    [InlineData("程序.exe", "exe", ContentCodes.MediaTypeNotAllowed)]
    [InlineData("说明.txt", "vtt", ContentCodes.MediaTypeNotAllowed)]
    [InlineData("空白.pdf", "empty", ContentCodes.MediaEmpty)]
    public async Task A_disguised_or_unlisted_file_is_refused_with_a_code_and_leaves_nothing_behind(string fileName, string sample, string code)
    {
        var newsroom = await NewsroomAsync();
        var before = await Blobs.KeysAsync();

        var result = await UploadAsync(newsroom, fileName, Sample(sample));

        Assert.Equal(Failure.Invalid, result.Failure);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
        Assert.Equal(before.Order(), (await Blobs.KeysAsync()).Order());
        Assert.Equal(0, await AssetCountAsync(newsroom.Department));
    }

    [Fact]
    public async Task A_file_over_its_kinds_limit_is_stopped_while_streaming_and_leaves_nothing_behind()
    {
        var newsroom = await NewsroomAsync();
        var before = await Blobs.KeysAsync();
        var body = new CountingStream(MediaSamples.AsRequestBody(MediaSamples.Pdf((int)DocumentLimit * 3)));

        var result = await Media.UploadAsync(newsroom.Editor, new MediaUpload { DepartmentId = newsroom.Department, FileName = "超大手册.pdf", Content = body });

        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.MediaTooLarge, DocumentLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Code, problem.Value));
        Assert.True(body.BytesRead < DocumentLimit * 2, $"The upload read {body.BytesRead} bytes: it should stop soon after the limit.");
        Assert.Equal(before.Order(), (await Blobs.KeysAsync()).Order());
        Assert.Equal(0, await AssetCountAsync(newsroom.Department));
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_accepted()
    {
        var newsroom = await NewsroomAsync();
        var pdf = MediaSamples.Pdf((int)DocumentLimit - 16); // 9 bytes of header and 7 of trailer

        var asset = await UploadedAsync(newsroom, "手册.pdf", pdf);

        Assert.Equal(DocumentLimit, asset.Length);
    }

    [Fact]
    public async Task The_same_bytes_twice_in_a_department_give_the_first_asset_back_and_keep_one_blob()
    {
        var newsroom = await NewsroomAsync();
        var other = await NewsroomAsync();
        var pdf = MediaSamples.Pdf(5000);
        var first = await UploadedAsync(newsroom, "手册.pdf", pdf);
        var keysAfterFirst = await Blobs.KeysAsync();

        var again = await UploadAsync(newsroom, "手册（副本）.pdf", pdf);
        var elsewhere = await UploadAsync(other, "手册.pdf", pdf);

        Assert.True(again.Succeeded, again.ToString());
        Assert.True(again.Value!.WasDuplicate);
        Assert.Equal(first.Id, again.Value.Asset.Id);
        Assert.Equal(ContentCodes.MediaDuplicate, Assert.Single(again.Warnings).Code);
        Assert.Equal(1, await AssetCountAsync(newsroom.Department));
        // Another department keeps its own copy: its rights and lifetime are its own.
        Assert.False(elsewhere.Value!.WasDuplicate);
        Assert.NotEqual(first.Id, elsewhere.Value.Asset.Id);
        var keys = await Blobs.KeysAsync();
        Assert.Equal(keysAfterFirst.Count + 1, keys.Count);
    }

    [Fact]
    public async Task Only_an_editor_of_the_department_may_upload()
    {
        var newsroom = await NewsroomAsync();
        var otherDepartment = await NewsroomAsync();
        var before = await Blobs.KeysAsync();

        foreach (var actor in new[] { otherDepartment.Editor, newsroom.Reviewer, newsroom.Publisher })
        {
            var result = await UploadAsync(newsroom, "海报.png", MediaSamples.Png(20, 20), actor: actor);
            Assert.Equal(Failure.Forbidden, result.Failure);
        }

        Assert.Equal(before.Order(), (await Blobs.KeysAsync()).Order());
        Assert.Equal(0, await AssetCountAsync(newsroom.Department));
    }

    [Fact]
    public async Task Texts_are_kept_per_culture_and_the_upload_is_audited()
    {
        var newsroom = await NewsroomAsync();

        var asset = await UploadedAsync(newsroom, "C:\\fakepath\\火车站海报.png", MediaSamples.Png(30, 20), null,
            new MediaTextInput("zh-CN", "火车站候车室里的反拐海报", "请留意身边的可疑情况", "省委宣传部"),
            new MediaTextInput("en", "An anti-trafficking poster in a station waiting room", null, "Publicity Department"));

        Assert.Equal("火车站海报.png", asset.OriginalFileName);
        var read = (await Media.GetAsync(newsroom.Reviewer, asset.Id)).Value!;
        Assert.Equal("火车站候车室里的反拐海报", read.TextFor("zh-CN")!.Alt);
        Assert.Equal(("An anti-trafficking poster in a station waiting room", null, "Publicity Department"), (read.TextFor("en")!.Alt, read.TextFor("en")!.Caption, read.TextFor("en")!.Credit));
        var audit = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { AssetId = asset.Id });
        var uploaded = Assert.Single(audit.Items);
        Assert.Equal((AuditAction.MediaUploaded, newsroom.Editor.UserId, newsroom.Department), (uploaded.Action, uploaded.ActorId, uploaded.DepartmentId!.Value));
    }

    [Fact]
    public async Task Bad_texts_an_unknown_culture_or_a_folder_of_another_department_are_refused_before_reading_the_file()
    {
        var newsroom = await NewsroomAsync();
        var other = await NewsroomAsync();
        var foreignFolder = (await Media.CreateFolderAsync(other.Editor, other.Department, null, "海报")).Value!;
        var body = new CountingStream(MediaSamples.AsRequestBody(MediaSamples.Png(10, 10)));

        var result = await Media.UploadAsync(newsroom.Editor, new MediaUpload
        {
            DepartmentId = newsroom.Department, FolderId = foreignFolder.Id, FileName = "海报.png", Content = body,
            Texts = [new MediaTextInput("fr", "affiche"), new MediaTextInput("zh-CN", new string('长', MediaTextInput.MaxAlt + 1))],
        });

        Assert.Equal(
            new[] { ContentCodes.MediaFolderUnknown, ContentCodes.UnsupportedCulture, ContentCodes.TooLong }.Order(),
            result.Errors.Select(e => e.Code).Order());
        Assert.Equal(0, body.BytesRead);
    }

    private static byte[] Sample(string name) => name switch
    {
        "jpg" => Portal.Tests.Tips.Attachments.TestFiles.JpegWithGps("X"),
        "png" => MediaSamples.Png(40, 30),
        "webp" => WebpSample(),
        "pdf" => MediaSamples.Pdf(),
        "mp4" => MediaSamples.Mp4(),
        "mp3" => MediaSamples.Mp3(),
        "vtt" => MediaSamples.WebVtt(),
        "docx" => MediaSamples.Docx(),
        "pptx" => MediaSamples.Pptx(),
        "zip" => MediaSamples.PlainZip(),
        "exe" => MediaSamples.Executable(),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static byte[] WebpSample()
    {
        using var bitmap = new SkiaSharp.SKBitmap(24, 16);
        bitmap.Erase(SkiaSharp.SKColors.Goldenrod);
        using var encoded = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Webp, 80);
        return encoded.ToArray();
    }
}

/// <summary>Counts what the library read from a request body.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyForwardStream
{
    public long BytesRead { get; private set; }

    protected override long ReadSoFar => BytesRead;

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}

public sealed class SqliteFileSystemMediaUploadTests(SqliteContentDatabaseFixture database, FileSystemMediaBlobsFixture blobs)
    : MediaUploadTests(database, blobs), IClassFixture<SqliteContentDatabaseFixture>, IClassFixture<FileSystemMediaBlobsFixture>;

public sealed class PostgresAzuriteMediaUploadTests(PostgresContentDatabaseFixture database, AzuriteMediaBlobsFixture blobs)
    : MediaUploadTests(database, blobs), IClassFixture<PostgresContentDatabaseFixture>, IClassFixture<AzuriteMediaBlobsFixture>;
