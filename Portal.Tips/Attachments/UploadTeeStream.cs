using System.IO.Pipelines;

namespace Portal.Tips.Attachments;

/// <summary>
/// Where <see cref="Protection.AttachmentCipher"/> writes ciphertext: into the pipe the blob upload reads from,
/// and into a copy kept until the upload is known to have succeeded. If the store fails halfway, the request
/// body cannot be read again, so that copy is what goes to the outbox. It holds ciphertext only, and at most
/// the size limit plus chunk overhead. Once the upload side has stopped reading, writes only feed the copy.
/// </summary>
internal sealed class UploadTeeStream(PipeWriter pipe) : Stream
{
    private readonly MemoryStream copy = new();
    private bool uploadStopped;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => copy.Length;

    public override long Position
    {
        get => copy.Length;
        set => throw new NotSupportedException();
    }

    public byte[] Ciphertext() => copy.ToArray();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        copy.Write(buffer.Span);
        if (!uploadStopped)
        {
            var result = await pipe.WriteAsync(buffer, cancellationToken);
            uploadStopped = result.IsCompleted;
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Write asynchronously.");

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            copy.Dispose();
        }

        base.Dispose(disposing);
    }
}
