using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Media;

/// <summary>A blob store of the test class's own, and a way to see every blob the media library left in it.</summary>
public abstract class MediaBlobsFixture : IAsyncLifetime
{
    public abstract IBlobStore Store { get; }

    public abstract Task<IReadOnlyList<string>> KeysAsync();

    public virtual Task InitializeAsync() => Store.EnsureAvailableAsync();

    public abstract Task DisposeAsync();
}

public sealed class FileSystemMediaBlobsFixture : MediaBlobsFixture, IDisposable
{
    private readonly TemporaryFolder folder = new();
    private FileSystemBlobStore? store;

    public override IBlobStore Store => store ??= new FileSystemBlobStore(folder.Path);

    public override Task<IReadOnlyList<string>> KeysAsync()
    {
        var media = Path.Combine(folder.Path, "content", "media");
        IReadOnlyList<string> keys = Directory.Exists(media)
            ? [.. Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))]
            : [];
        return Task.FromResult(keys);
    }

    public override Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => folder.Dispose();
}

public sealed class AzuriteMediaBlobsFixture : MediaBlobsFixture
{
    private readonly string container = "media-" + Guid.NewGuid().ToString("N")[..16];
    private AzureBlobStore? store;

    public override IBlobStore Store => store ??= BlobStorageRegistration.CreateAzureStore(TestServices.Azurite, container);

    public override async Task<IReadOnlyList<string>> KeysAsync()
    {
        var client = new BlobContainerClient(TestServices.Azurite, container);
        var keys = new List<string>();
        await foreach (var blob in client.GetBlobsAsync(BlobTraits.None, BlobStates.None, "content/media/", CancellationToken.None))
        {
            keys.Add(blob.Name);
        }

        return keys;
    }

    public override async Task DisposeAsync() => await new BlobContainerClient(TestServices.Azurite, container).DeleteIfExistsAsync();
}
