using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Protection;

/// <summary>
/// Seals and opens the chunks of one encrypted attachment; shared by <see cref="AttachmentCipher"/> and its
/// decrypting stream so both sides agree on the layout. Header = version ‖ file nonce, then chunks of
/// <see cref="ChunkSize"/> plaintext bytes (the last one shorter or empty), each stored as ciphertext ‖ tag.
/// Each chunk's nonce and associated data carry its index, and the associated data marks the last chunk, so
/// reordering, dropping or appending chunks fails authentication.
/// </summary>
internal sealed class AttachmentChunkCipher : IDisposable
{
    public const byte FormatVersion = 0x01;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int HeaderSize = 1 + NonceSize;
    public const int ChunkSize = 64 * 1024;
    public const int SealedChunkSize = ChunkSize + TagSize;

    private readonly AesGcm aes;
    private readonly byte[] fileNonce;
    private readonly byte[] chunkNonce = new byte[NonceSize];
    private readonly byte[] associatedData;
    private readonly int indexOffset;

    public AttachmentChunkCipher(ReadOnlySpan<byte> dataKey, ReadOnlySpan<byte> fileNonce, Guid tipId, Guid attachmentId)
    {
        TipDataKey.EnsureSize(dataKey, nameof(dataKey));
        this.fileNonce = fileNonce.ToArray();
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{tipId:N}/{attachmentId:N}"));
        associatedData = new byte[prefix.Length + sizeof(ulong) + 1];
        prefix.CopyTo(associatedData, 0);
        indexOffset = prefix.Length;
        aes = new AesGcm(dataKey, TagSize);
    }

    /// <summary>Encrypts one chunk into <paramref name="destination"/>; returns the sealed length.</summary>
    public int Seal(ulong index, bool isFinal, ReadOnlySpan<byte> plaintext, Span<byte> destination)
    {
        Prepare(index, isFinal);
        aes.Encrypt(chunkNonce, plaintext, destination[..plaintext.Length], destination.Slice(plaintext.Length, TagSize), associatedData);
        return plaintext.Length + TagSize;
    }

    /// <summary>Decrypts and authenticates one chunk; returns the plaintext length.</summary>
    /// <exception cref="CryptographicException">The chunk was altered, moved, or is not where the file ends.</exception>
    public int Open(ulong index, bool isFinal, ReadOnlySpan<byte> sealedChunk, Span<byte> destination)
    {
        if (sealedChunk.Length < TagSize)
        {
            throw new CryptographicException("The encrypted attachment is truncated.");
        }

        var length = sealedChunk.Length - TagSize;
        Prepare(index, isFinal);
        aes.Decrypt(chunkNonce, sealedChunk[..length], sealedChunk[length..], destination[..length], associatedData);
        return length;
    }

    public void Dispose() => aes.Dispose();

    private void Prepare(ulong index, bool isFinal)
    {
        fileNonce.CopyTo(chunkNonce, 0);
        var counter = chunkNonce.AsSpan(NonceSize - sizeof(ulong));
        BinaryPrimitives.WriteUInt64BigEndian(counter, BinaryPrimitives.ReadUInt64BigEndian(counter) ^ index);

        BinaryPrimitives.WriteUInt64BigEndian(associatedData.AsSpan(indexOffset), index);
        associatedData[^1] = isFinal ? (byte)1 : (byte)0;
    }
}
