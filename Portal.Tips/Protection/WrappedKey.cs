using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>
/// A tip's data key encrypted under a key-encryption key. It carries the KEK version so the KEK can be rotated:
/// old rows stay readable while their data keys are rewrapped, and the content itself is never re-encrypted.
/// </summary>
/// <param name="KekVersion">The key-encryption key version that wrapped the data key.</param>
/// <param name="Ciphertext">Opaque to callers; only the provider that wrapped it can interpret it.</param>
public sealed record WrappedKey(int KekVersion, ReadOnlyMemory<byte> Ciphertext)
{
    private const byte FormatVersion = 0x01;
    private const int HeaderSize = 1 + sizeof(int);

    /// <summary>One column's worth of bytes: format version ‖ KEK version (int32, big-endian) ‖ ciphertext.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[HeaderSize + Ciphertext.Length];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), KekVersion);
        Ciphertext.Span.CopyTo(bytes.AsSpan(HeaderSize));
        return bytes;
    }

    /// <exception cref="CryptographicException">The bytes are not a stored wrapped key.</exception>
    public static WrappedKey FromBytes(ReadOnlySpan<byte> stored)
    {
        if (stored.Length <= HeaderSize || stored[0] != FormatVersion)
        {
            throw new CryptographicException("The stored wrapped data key is malformed or in an unknown format.");
        }

        return new WrappedKey(BinaryPrimitives.ReadInt32BigEndian(stored[1..]), stored[HeaderSize..].ToArray());
    }

    // Records compare ReadOnlyMemory by reference; two wrapped keys are equal when their bytes are.
    public bool Equals(WrappedKey? other) =>
        other is not null && KekVersion == other.KekVersion && Ciphertext.Span.SequenceEqual(other.Ciphertext.Span);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(KekVersion);
        hash.AddBytes(Ciphertext.Span);
        return hash.ToHashCode();
    }
}
