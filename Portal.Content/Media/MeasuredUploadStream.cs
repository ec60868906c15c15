using System.Security.Cryptography;
using Portal.Storage.IO;

namespace Portal.Content.Media;

/// <summary>
/// What the blob store reads an upload through: the bytes already read to recognise the type, then the rest of the
/// source. It hashes (SHA-256) and counts as the store reads, and stops the upload with
/// <see cref="MediaTooLargeException"/> as soon as the count passes the limit, so nothing is ever held whole.
/// </summary>
internal sealed class MeasuredUploadStream(ReadOnlyMemory<byte> head, Stream rest, long maxBytes) : ReadOnlyForwardStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int headPosition;

    public long BytesRead { get; private set; }

    protected override long ReadSoFar => BytesRead;

    /// <summary>The lower-case hex SHA-256 of everything read (call once, after the upload).</summary>
    public string Sha256() => Convert.ToHexStringLower(hash.GetHashAndReset());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int count;
        if (headPosition < head.Length)
        {
            count = Math.Min(buffer.Length, head.Length - headPosition);
            head.Slice(headPosition, count).CopyTo(buffer);
            headPosition += count;
        }
        else
        {
            count = await rest.ReadAsync(buffer, cancellationToken);
        }

        return Account(buffer.Span[..count]);
    }

    public override int Read(Span<byte> buffer)
    {
        int count;
        if (headPosition < head.Length)
        {
            count = Math.Min(buffer.Length, head.Length - headPosition);
            head.Span.Slice(headPosition, count).CopyTo(buffer);
            headPosition += count;
        }
        else
        {
            count = rest.Read(buffer);
        }

        return Account(buffer[..count]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Account(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > maxBytes)
        {
            throw new MediaTooLargeException(maxBytes);
        }

        hash.AppendData(read);
        return read.Length;
    }
}

/// <summary>The upload passed its kind's size limit; the store's write is abandoned.</summary>
public sealed class MediaTooLargeException : IOException
{
    public MediaTooLargeException(long maxBytes)
        : base($"The file is larger than {maxBytes} bytes.")
    {
        MaxBytes = maxBytes;
    }

    public MediaTooLargeException()
    {
    }

    public MediaTooLargeException(string message) : base(message)
    {
    }

    public MediaTooLargeException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public long MaxBytes { get; }
}
