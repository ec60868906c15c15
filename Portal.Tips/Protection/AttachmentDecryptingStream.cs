using System.Buffers.Binary;
using System.Security.Cryptography;
using Portal.Storage.IO;

namespace Portal.Tips.Protection;

/// <summary>
/// Forward-only plaintext view of an encrypted attachment, padded or from before padding. It holds one sealed and one
/// plaintext chunk at a time and never returns a byte of a chunk before that chunk's tag has been verified.
/// </summary>
internal sealed class AttachmentDecryptingStream : ReadOnlyForwardStream
{
    private readonly Stream encrypted;
    private readonly Guid tipId;
    private readonly Guid attachmentId;
    private readonly byte[] dataKey;

    private readonly byte[] plaintext = new byte[AttachmentChunkCipher.PaddedChunkSize];

    // One byte more than a sealed chunk of the file's format: whether that byte exists tells whether the chunk is the last.
    private byte[] sealedChunk = [];
    private AttachmentChunkCipher? cipher;
    private bool padded;
    private bool fileEnded;
    private int carried;
    private int plaintextOffset;
    private int plaintextLength;
    private ulong index;
    private bool finished;
    private bool faulted;
    private long position;

    public AttachmentDecryptingStream(Stream encrypted, ReadOnlyMemory<byte> dataKey, Guid tipId, Guid attachmentId)
    {
        this.encrypted = encrypted;
        this.dataKey = dataKey.ToArray();
        this.tipId = tipId;
        this.attachmentId = attachmentId;
    }

    protected override long ReadSoFar => position;

    public override int Read(Span<byte> buffer)
    {
        while (buffer.Length > 0 && plaintextOffset == plaintextLength && !finished)
        {
            LoadNextChunk();
        }

        return CopyOut(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (buffer.Length > 0 && plaintextOffset == plaintextLength && !finished)
        {
            await LoadNextChunkAsync(cancellationToken);
        }

        return CopyOut(buffer.Span);
    }

    public override async ValueTask DisposeAsync()
    {
        await encrypted.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            encrypted.Dispose();
            cipher?.Dispose();
            CryptographicOperations.ZeroMemory(plaintext);
            CryptographicOperations.ZeroMemory(dataKey);
        }

        base.Dispose(disposing);
    }

    private int CopyOut(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, plaintextLength - plaintextOffset);
        plaintext.AsSpan(plaintextOffset, count).CopyTo(buffer);
        plaintextOffset += count;
        position += count;
        return count;
    }

    private void LoadNextChunk()
    {
        ThrowIfFaulted();
        if (cipher is null)
        {
            var header = new byte[AttachmentChunkCipher.HeaderSize];
            cipher = CreateCipher(header, Fill(header));
        }

        OpenChunk(cipher, carried + Fill(sealedChunk.AsSpan(carried)));
    }

    private async ValueTask LoadNextChunkAsync(CancellationToken cancellationToken)
    {
        ThrowIfFaulted();
        if (cipher is null)
        {
            var header = new byte[AttachmentChunkCipher.HeaderSize];
            cipher = CreateCipher(header, await AttachmentCipher.FillAsync(encrypted, header, cancellationToken));
        }

        OpenChunk(cipher, carried + await AttachmentCipher.FillAsync(encrypted, sealedChunk.AsMemory(carried), cancellationToken));
    }

    private AttachmentChunkCipher CreateCipher(byte[] header, int headerLength)
    {
        var sealedSize = headerLength < header.Length ? 0 : AttachmentChunkCipher.SealedSizeOf(header[0]);
        if (sealedSize == 0)
        {
            faulted = true;
            throw new CryptographicException("The encrypted attachment is truncated or in an unknown format.");
        }

        padded = header[0] == AttachmentChunkCipher.PaddedFormatVersion;
        sealedChunk = new byte[sealedSize + 1];
        var created = new AttachmentChunkCipher(dataKey, header[0], header.AsSpan(1), tipId, attachmentId);
        CryptographicOperations.ZeroMemory(dataKey);
        return created;
    }

    /// <param name="filled">Bytes in <see cref="sealedChunk"/>; all of it means a further chunk follows.</param>
    private void OpenChunk(AttachmentChunkCipher chunkCipher, int filled)
    {
        var isFinal = filled < sealedChunk.Length;
        try
        {
            plaintextLength = chunkCipher.Open(index, isFinal, sealedChunk.AsSpan(0, isFinal ? filled : sealedChunk.Length - 1), plaintext);
            plaintextOffset = padded ? Unpad() : 0;
        }
        catch (CryptographicException)
        {
            faulted = true;
            plaintextLength = 0;
            plaintextOffset = 0;
            throw;
        }

        index++;
        finished = isFinal;
        if (!isFinal)
        {
            sealedChunk[0] = sealedChunk[^1];
            carried = 1;
        }
    }

    /// <summary>Keeps only the file's bytes of an opened padded chunk; returns where they start.</summary>
    private int Unpad()
    {
        const int Count = AttachmentChunkCipher.CountSize;
        var count = plaintextLength == AttachmentChunkCipher.PaddedChunkSize ? BinaryPrimitives.ReadInt32BigEndian(plaintext) : -1;
        if (count is < 0 or > AttachmentChunkCipher.ChunkSize || (fileEnded && count > 0))
        {
            throw new CryptographicException("The encrypted attachment is not padded as its format says.");
        }

        fileEnded = count < AttachmentChunkCipher.ChunkSize;
        plaintextLength = Count + count;
        return Count;
    }

    private void ThrowIfFaulted()
    {
        if (faulted)
        {
            throw new CryptographicException("The encrypted attachment failed authentication; it cannot be read further.");
        }
    }

    private int Fill(Span<byte> buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = encrypted.Read(buffer[filled..]);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled;
    }
}
