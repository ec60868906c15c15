using Portal.Storage.IO;
namespace Portal.Tips.Attachments;

/// <summary>
/// The request body again from its first byte: replays the bytes already read for sniffing, then continues with
/// the rest, and throws <see cref="AttachmentTooLargeException"/> as soon as more than the limit has come in,
/// so an oversized upload is cut off rather than read to its end.
/// </summary>
internal sealed class LimitedReplayStream(ReadOnlyMemory<byte> head, Stream rest, long limit) : ReadOnlyForwardStream
{
    private ReadOnlyMemory<byte> head = head;
    private long total;

    protected override long ReadSoFar => total;

    public override int Read(Span<byte> buffer)
    {
        var read = head.IsEmpty ? rest.Read(buffer) : TakeHead(buffer);
        return Count(read);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = head.IsEmpty ? await rest.ReadAsync(buffer, cancellationToken) : TakeHead(buffer.Span);
        return Count(read);
    }

    private int TakeHead(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, head.Length);
        head.Span[..count].CopyTo(buffer);
        head = head[count..];
        return count;
    }

    private int Count(int read)
    {
        total += read;
        if (total > limit)
        {
            throw new AttachmentTooLargeException();
        }

        return read;
    }
}

/// <summary>Thrown inside the upload pipeline when a file passes <see cref="AttachmentRules.MaxBytes"/>.</summary>
internal sealed class AttachmentTooLargeException : IOException
{
    public AttachmentTooLargeException()
        : base("The attachment is larger than allowed.")
    {
    }
}
