using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Media;

namespace Portal.Tests.Content.Media;

/// <summary>The content module with a blob store: each test gets its own host and, through <see cref="Newsroom"/>, its own department.</summary>
public abstract class MediaTestBase(ContentDatabaseFixture database, MediaBlobsFixture blobs) : ContentTestBase(database)
{
    /// <summary>Small enough that a test can pass it: documents over 1 MB are refused.</summary>
    public const long DocumentLimit = 1024 * 1024;

    protected MediaBlobsFixture Blobs { get; } = blobs;

    protected MediaLibrary Media => Host.Media;

    public override Task InitializeAsync()
    {
        Host = ContentHarness.Create(Database, blobs: Blobs.Store, settings: new Dictionary<string, string?>
        {
            ["Content:Media:MaxBytes:Document"] = DocumentLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return Task.CompletedTask;
    }

    private protected async Task<ContentResult<UploadedMedia>> UploadAsync(
        Newsroom newsroom, string fileName, byte[] content, Guid? folderId = null, ContentActor? actor = null, params MediaTextInput[] texts) =>
        await Media.UploadAsync(actor ?? newsroom.Editor, new MediaUpload
        {
            DepartmentId = newsroom.Department, FolderId = folderId, FileName = fileName, Content = MediaSamples.AsRequestBody(content), Texts = texts,
        });

    private protected async Task<MediaAssetView> UploadedAsync(Newsroom newsroom, string fileName, byte[] content, Guid? folderId = null, params MediaTextInput[] texts)
    {
        var result = await UploadAsync(newsroom, fileName, content, folderId, null, texts);
        Assert.True(result.Succeeded, result.ToString());
        return result.Value!.Asset;
    }

    /// <summary>The blobs of one asset (original and renditions).</summary>
    protected async Task<IReadOnlyList<string>> BlobsOfAsync(Guid assetId) =>
        [.. (await Blobs.KeysAsync()).Where(k => k.StartsWith($"content/media/{assetId:N}/", StringComparison.Ordinal))];

    protected async Task<int> AssetCountAsync(Guid departmentId)
    {
        await using var context = Host.Context();
        return await context.Set<MediaAsset>().CountAsync(a => a.OwnerDepartmentId == departmentId);
    }

    protected async Task<byte[]> ReadAsync(MediaFile file)
    {
        await using var download = await Media.OpenAsync(file);
        Assert.NotNull(download);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        return copy.ToArray();
    }
}
