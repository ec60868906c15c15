using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Protection;

/// <summary>
/// Seals and opens the chunks of one encrypted attachment; shared by <see cref="AttachmentCipher"/> and its
/// decrypting stream so both sides agree on the layout. Header = version ‖ file nonce, then chunks, each stored as
/// ciphertext ‖ tag. Each chunk's nonce and associated data carry its index, and the associated data marks the last
/// chunk, so reordering, dropping or appending chunks fails authentication.
/// <list type="bullet">
/// <item>0x01 (read only, files stored before padding): chunks of <see cref="ChunkSize"/> plaintext bytes, the last
/// one shorter or empty.</item>
/// <item>0x02 (padded): every chunk is the same size: a 4-byte big-endian count of the file's bytes in it, up to
/// <see cref="ChunkSize"/> bytes of the file, zeros to fill. Once the file ends the chunks hold none of it, and there
/// are as many chunks as the file's size class has (<see cref="Sealing.SizeClasses.FileChunks"/>).</item>
/// </list>
/// </summary>
internal sealed class AttachmentChunkCipher : IDisposable
{
    public const byte FormatVersion = 0x01;
    public const byte PaddedFormatVersion = 0x02;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int HeaderSize = 1 + NonceSize;
    public const int ChunkSize = 64 * 1024;
    public const int SealedChunkSize = ChunkSize + TagSize;
    public const int CountSize = 4;
    public const int PaddedChunkSize = CountSize + ChunkSize;
    public const int SealedPaddedChunkSize = PaddedChunkSize + TagSize;

    private readonly AesGcm aes;
    private readonly byte[] fileNonce;
    private readonly byte[] chunkNonce = new byte[NonceSize];
    private readonly byte[] associatedData;
    private readonly int indexOffset;

    public AttachmentChunkCipher(ReadOnlySpan<byte> dataKey, byte format, ReadOnlySpan<byte> fileNonce, Guid tipId, Guid attachmentId)
    {
        TipDataKey.EnsureSize(dataKey, nameof(dataKey));
        this.fileNonce = fileNonce.ToArray();

        // The padded format binds its version, so a stored file cannot be made to read as the other format.
        var prefix = Encoding.UTF8.GetBytes(format == FormatVersion
            ? string.Create(CultureInfo.InvariantCulture, $"{tipId:N}/{attachmentId:N}")
            : string.Create(CultureInfo.InvariantCulture, $"{tipId:N}/{attachmentId:N}/v{format}"));
        associatedData = new byte[prefix.Length + sizeof(ulong) + 1];
        prefix.CopyTo(associatedData, 0);
        indexOffset = prefix.Length;
        aes = new AesGcm(dataKey, TagSize);
    }

    /// <summary>The size of a sealed chunk in <paramref name="format"/>, or 0 for a format this code does not know.</summary>
    public static int SealedSizeOf(byte format) => format switch
    {
        FormatVersion => SealedChunkSize,
        PaddedFormatVersion => SealedPaddedChunkSize,
        _ => 0,
    };

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
