using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Portal.Storage.Blobs;

/// <summary>Azure Blob Storage (tested against Azurite): one container, keys as blob names, block uploads.</summary>
public sealed class AzureBlobStore(BlobContainerClient container) : IBlobStore
{
    private static readonly StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = 4 * 1024 * 1024,
        MaximumTransferSize = 4 * 1024 * 1024,
        MaximumConcurrency = 2,
    };

    public async Task<BlobProperties> UploadAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var blob = container.GetBlobClient(BlobKey.Validate(key));
        await blob.UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            TransferOptions = Transfer,
        }, cancellationToken);
        return (await GetPropertiesAsync(key, cancellationToken))!;
    }

    public async Task<BlobDownload?> OpenReadAsync(string key, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        var properties = await GetPropertiesAsync(key, cancellationToken);
        if (properties is null)
        {
            return null;
        }

        var offset = range?.Offset ?? 0;
        var length = range?.LengthWithin(properties.Length) ?? properties.Length;
        var blob = container.GetBlobClient(key);
        try
        {
            var download = await blob.DownloadStreamingAsync(new BlobDownloadOptions
            {
                Range = length == 0 ? default : new HttpRange(offset, length),
                Conditions = new BlobRequestConditions { IfMatch = new ETag(properties.ETag) },
            }, cancellationToken);
            return new BlobDownload(download.Value.Content, properties, offset, length);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(BlobKey.Validate(key));
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return new BlobProperties(key, properties.ContentType ?? "application/octet-stream", properties.ContentLength, properties.ETag.ToString("H"), properties.LastModified);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        (await container.GetBlobClient(BlobKey.Validate(key)).ExistsAsync(cancellationToken)).Value;

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        (await container.GetBlobClient(BlobKey.Validate(key)).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value;

    public async Task EnsureAvailableAsync(CancellationToken cancellationToken = default) =>
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
}
