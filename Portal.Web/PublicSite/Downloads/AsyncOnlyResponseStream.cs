namespace Portal.Web.PublicSite.Downloads;

/// <summary>
/// Lets <see cref="System.IO.Compression.ZipArchive"/> write to a response that forbids synchronous I/O. The archive
/// writes file data asynchronously (passed straight through), but closing an entry or the archive writes its small
/// trailers (the last compressed block, the data descriptor) synchronously: those few bytes are held here and sent with
/// <see cref="DrainAsync"/>, which the caller awaits after each entry. Only trailers are ever held, never a file.
/// </summary>
internal sealed class AsyncOnlyResponseStream(Stream response) : Stream
{
    /// <summary>Far above any trailer; reaching it means file data came synchronously, which must not be held in memory.</summary>
    private const int MaxHeld = 1024 * 1024;

    private readonly MemoryStream pending = new();
    private long written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (pending.Length + buffer.Length > MaxHeld)
        {
            throw new InvalidOperationException("The archive wrote file data synchronously; it would be held in memory.");
        }

        pending.Write(buffer);
        written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await DrainAsync(cancellationToken);
        await response.WriteAsync(buffer, cancellationToken);
        written += buffer.Length;
    }

    /// <summary>Sends the bytes held from synchronous writes.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (pending.Length == 0)
        {
            return;
        }

        await response.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    public override void Flush()
    {
        // Nothing to do synchronously: held bytes go out with DrainAsync.
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        await response.FlushAsync(cancellationToken);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
