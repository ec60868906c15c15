namespace Portal.Storage.Blobs;

/// <param name="ETag">An opaque version tag, quoted as HTTP wants it; it changes whenever the content changes.</param>
public sealed record BlobProperties(string Key, string ContentType, long Length, string ETag, DateTimeOffset LastModified);
