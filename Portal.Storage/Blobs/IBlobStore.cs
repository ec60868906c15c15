namespace Portal.Storage.Blobs;

/// <summary>
/// The one place both modules keep files: media, curricula, tip attachments (already encrypted by the Tips module).
/// Implementations stream in both directions; a caller never needs the whole file in memory.
/// Keys are relative paths such as <c>content/media/2026/11/abc.pdf</c>; see <see cref="BlobKey"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes the stream to <paramref name="key"/>, replacing any blob already there.</summary>
    Task<BlobProperties> UploadAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob, or a byte range of it, for reading. Null when there is no such blob.</summary>
    /// <exception cref="BlobRangeNotSatisfiableException">The range starts at or beyond the end of the blob.</exception>
    Task<BlobDownload?> OpenReadAsync(string key, ByteRange? range = null, CancellationToken cancellationToken = default);

    /// <summary>Content type, length and version tag of the blob, or null when there is no such blob.</summary>
    Task<BlobProperties?> GetPropertiesAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob. True when it existed.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be reached or written; used by start-up and the readiness probe.</summary>
    Task EnsureAvailableAsync(CancellationToken cancellationToken = default);
}
