namespace Portal.Storage.Blobs;

/// <summary>
/// An open read of a blob or a range of it. <see cref="Content"/> yields exactly <see cref="Length"/> bytes,
/// starting at <see cref="Offset"/> of a blob of <see cref="Properties"/>.Length bytes. Dispose it to release the source.
/// </summary>
public sealed class BlobDownload(Stream content, BlobProperties properties, long offset, long length) : IAsyncDisposable, IDisposable
{
    public Stream Content { get; } = content;

    public BlobProperties Properties { get; } = properties;

    public long Offset { get; } = offset;

    public long Length { get; } = length;

    public bool IsPartial => Offset != 0 || Length != Properties.Length;

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    public void Dispose() => Content.Dispose();
}
