using System.Globalization;

namespace Portal.Storage.Blobs;

/// <summary>
/// The embedded default: blobs are files under a root folder. A blob is written to a temporary file and
/// moved into place, so a reader never sees half a file. Content types live in a sidecar tree (".meta"),
/// which no valid key can reach.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const int BufferSize = 81920;
    private readonly string root;
    private readonly string metaRoot;
    private readonly string tempRoot;

    public FileSystemBlobStore(string rootPath)
    {
        root = Path.GetFullPath(rootPath);
        metaRoot = Path.Combine(root, ".meta");
        tempRoot = Path.Combine(root, ".tmp");
    }

    public async Task<BlobProperties> UploadAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var path = PathOf(key);
        Directory.CreateDirectory(tempRoot);
        var temporary = Path.Combine(tempRoot, Guid.NewGuid().ToString("N"));
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(target, BufferSize, cancellationToken);
                await target.FlushAsync(cancellationToken);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var metaPath = MetaPathOf(key);
            Directory.CreateDirectory(Path.GetDirectoryName(metaPath)!);
            await File.WriteAllTextAsync(metaPath, contentType, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return PropertiesOf(key, new FileInfo(path));
    }

    public async Task<BlobDownload?> OpenReadAsync(string key, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(PathOf(key));
        if (!file.Exists)
        {
            return null;
        }

        var properties = await ReadPropertiesAsync(key, file, cancellationToken);
        var offset = range?.Offset ?? 0;
        var length = range?.LengthWithin(properties.Length) ?? properties.Length;
        var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        stream.Seek(offset, SeekOrigin.Begin);
        return new BlobDownload(new BoundedReadStream(stream, length), properties, offset, length);
    }

    public async Task<BlobProperties?> GetPropertiesAsync(string key, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(PathOf(key));
        return file.Exists ? await ReadPropertiesAsync(key, file, cancellationToken) : null;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(key)));

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        var existed = File.Exists(path);
        File.Delete(path);
        File.Delete(MetaPathOf(key));
        return Task.FromResult(existed);
    }

    public async Task EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(tempRoot);
        var probe = Path.Combine(tempRoot, "probe-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(probe, "ok", cancellationToken);
        File.Delete(probe);
    }

    private string PathOf(string key) => Path.Combine(root, BlobKey.Validate(key));

    private string MetaPathOf(string key) => Path.Combine(metaRoot, BlobKey.Validate(key));

    private async Task<BlobProperties> ReadPropertiesAsync(string key, FileInfo file, CancellationToken cancellationToken)
    {
        var metaPath = MetaPathOf(key);
        var contentType = File.Exists(metaPath) ? await File.ReadAllTextAsync(metaPath, cancellationToken) : "application/octet-stream";
        return PropertiesOf(key, file) with { ContentType = contentType };
    }

    private static BlobProperties PropertiesOf(string key, FileInfo file)
    {
        var modified = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{file.Length:x}-{modified.UtcTicks:x}\"");
        return new BlobProperties(key, "application/octet-stream", file.Length, etag, modified);
    }
}
