using Portal.Storage.IO;
namespace Portal.Storage.Blobs;

/// <summary>A read-only view of at most <c>length</c> bytes of an inner stream, for range reads.</summary>
internal sealed class BoundedReadStream(Stream inner, long length) : ReadOnlyForwardStream
{
    private readonly long totalLength = length;
    private long remaining = length;

    public override long Length => totalLength;

    protected override long ReadSoFar => totalLength - remaining;

    public override int Read(Span<byte> buffer)
    {
        if (remaining <= 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        remaining -= read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (remaining <= 0)
        {
            return 0;
        }

        var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, remaining)], cancellationToken);
        remaining -= read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
