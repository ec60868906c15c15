using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>
/// Encrypts attachment bytes on their way to the blob store and decrypts them on the way out, in 64 KiB chunks,
/// so no plaintext ever lands in a temporary file and memory stays at a few chunk buffers whatever the file size.
/// The tip and attachment ids are bound into every chunk, and the last chunk is marked, so a truncated,
/// extended, reordered or swapped file fails to decrypt. Files are padded to their size class, so the store sees
/// a class, not a size. Format: see <see cref="AttachmentChunkCipher"/>.
/// </summary>
internal static class AttachmentCipher
{
    /// <summary>
    /// Reads <paramref name="plaintext"/> to its end and writes the encrypted, padded file to <paramref name="destination"/>
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
        header[0] = AttachmentChunkCipher.PaddedFormatVersion;
        RandomNumberGenerator.Fill(header.AsSpan(1));
        using var cipher = new AttachmentChunkCipher(dataKey.Span, header[0], header.AsSpan(1), tipId, attachmentId);
        await destination.WriteAsync(header, cancellationToken);

        const int Count = AttachmentChunkCipher.CountSize;
        var current = new byte[AttachmentChunkCipher.PaddedChunkSize];
        var next = new byte[AttachmentChunkCipher.PaddedChunkSize];
        var sealedChunk = new byte[AttachmentChunkCipher.SealedPaddedChunkSize];
        try
        {
            // Reading one chunk ahead tells whether the current chunk is the file's last, after which the padding
            // chunks follow; the very last chunk must say so when sealed.
            var currentLength = await FillAsync(plaintext, current.AsMemory(Count), cancellationToken);
            long total = 0;
            for (ulong index = 0; ; index++)
            {
                var nextLength = currentLength == AttachmentChunkCipher.ChunkSize ? await FillAsync(plaintext, next.AsMemory(Count), cancellationToken) : 0;
                total += currentLength;
                if (nextLength > 0)
                {
                    await WriteChunkAsync(index, isFinal: false, current, currentLength);
                    (current, next) = (next, current);
                    currentLength = nextLength;
                    continue;
                }

                var chunks = (ulong)Sealing.SizeClasses.FileChunks((long)index + 1);
                await WriteChunkAsync(index, index + 1 == chunks, current, currentLength);
                for (var padding = index + 1; padding < chunks; padding++)
                {
                    await WriteChunkAsync(padding, padding + 1 == chunks, next, 0);
                }

                return total;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(current);
            CryptographicOperations.ZeroMemory(next);
        }

        async ValueTask WriteChunkAsync(ulong index, bool isFinal, byte[] chunk, int length)
        {
            BinaryPrimitives.WriteInt32BigEndian(chunk, length);
            chunk.AsSpan(Count + length).Clear();
            var sealedLength = cipher.Seal(index, isFinal, chunk, sealedChunk);
            await destination.WriteAsync(sealedChunk.AsMemory(0, sealedLength), cancellationToken);
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
