using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>
/// Encrypts attachment bytes on their way to the blob store and decrypts them on the way out, in 64 KiB chunks,
/// so no plaintext ever lands in a temporary file and memory stays at a few chunk buffers whatever the file size.
/// The tip and attachment ids are bound into every chunk, and the last chunk is marked, so a truncated,
/// extended, reordered or swapped file fails to decrypt. Format: see <see cref="AttachmentChunkCipher"/>.
/// </summary>
internal static class AttachmentCipher
{
    /// <summary>
    /// Reads <paramref name="plaintext"/> to its end and writes the encrypted file to <paramref name="destination"/>
    /// strictly sequentially (it may be a non-seekable upload stream). Returns the plaintext length.
    /// </summary>
    public static async Task<long> EncryptAsync(
        Stream plaintext,
        Stream destination,
        ReadOnlyMemory<byte> dataKey,
        Guid tipId,
        Guid attachmentId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(destination);

        var header = new byte[AttachmentChunkCipher.HeaderSize];
        header[0] = AttachmentChunkCipher.FormatVersion;
        RandomNumberGenerator.Fill(header.AsSpan(1));
        using var cipher = new AttachmentChunkCipher(dataKey.Span, header.AsSpan(1), tipId, attachmentId);
        await destination.WriteAsync(header, cancellationToken);

        var current = new byte[AttachmentChunkCipher.ChunkSize];
        var next = new byte[AttachmentChunkCipher.ChunkSize];
        var sealedChunk = new byte[AttachmentChunkCipher.SealedChunkSize];
        try
        {
            // Reading one chunk ahead tells whether the current chunk is the last, which it must say when sealed.
            var currentLength = await FillAsync(plaintext, current, cancellationToken);
            long total = 0;
            for (ulong index = 0; ; index++)
            {
                var nextLength = currentLength == current.Length ? await FillAsync(plaintext, next, cancellationToken) : 0;
                var isFinal = nextLength == 0;
                var sealedLength = cipher.Seal(index, isFinal, current.AsSpan(0, currentLength), sealedChunk);
                await destination.WriteAsync(sealedChunk.AsMemory(0, sealedLength), cancellationToken);
                total += currentLength;
                if (isFinal)
                {
                    return total;
                }

                (current, next) = (next, current);
                currentLength = nextLength;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(current);
            CryptographicOperations.ZeroMemory(next);
        }
    }

    /// <summary>
    /// A read-only, forward-only stream of the plaintext. Each chunk is authenticated before any of its bytes
    /// are returned; tampering or truncation surfaces as a <see cref="CryptographicException"/> from Read.
    /// Disposing it disposes <paramref name="encrypted"/>.
    /// </summary>
    public static Stream OpenDecryptingStream(Stream encrypted, ReadOnlyMemory<byte> dataKey, Guid tipId, Guid attachmentId)
    {
        ArgumentNullException.ThrowIfNull(encrypted);
        TipDataKey.EnsureSize(dataKey.Span, nameof(dataKey));
        return new AttachmentDecryptingStream(encrypted, dataKey, tipId, attachmentId);
    }

    /// <summary>Reads until the buffer is full or the stream ends: streams may return fewer bytes than asked.</summary>
    internal static async ValueTask<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await source.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
