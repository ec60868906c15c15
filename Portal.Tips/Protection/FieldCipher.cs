using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Protection;

/// <summary>
/// Encrypts one field of one tip under the tip's data key (AES-256-GCM). The tip id and field name are the
/// associated data, so a ciphertext copied into another tip or another column fails to decrypt instead of
/// showing up in the wrong place. Stored as version (0x01, or 0x02 padded) ‖ nonce (12) ‖ ciphertext ‖ tag (16).
/// </summary>
internal static class FieldCipher
{
    private const byte FormatVersion = 0x01;

    /// <summary>The same, with the plaintext padded to its size class first (<see cref="Sealing.SizeClasses"/>).</summary>
    private const byte PaddedFormatVersion = 0x02;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Overhead = 1 + NonceSize + TagSize;

    public static byte[] Encrypt(ReadOnlySpan<byte> dataKey, Guid tipId, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var bytes = Encoding.UTF8.GetBytes(plaintext);
        try
        {
            return EncryptBytes(dataKey, tipId, field, bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// For what a tip says (the report, messages, notes, contact, claims): the stored size tells only a size class, so
    /// a one-line message and a long confession look alike.
    /// </summary>
    public static byte[] EncryptPadded(ReadOnlySpan<byte> dataKey, Guid tipId, string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var padded = Sealing.SizeClasses.Pad(Encoding.UTF8.GetBytes(plaintext));
        try
        {
            return EncryptBytes(dataKey, tipId, field, padded, PaddedFormatVersion);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(padded);
        }
    }

    /// <exception cref="CryptographicException">The value was altered, or belongs to another tip, field or key.</exception>
    public static string Decrypt(ReadOnlySpan<byte> dataKey, Guid tipId, string field, ReadOnlySpan<byte> stored)
    {
        var bytes = DecryptBytes(dataKey, tipId, field, stored);
        try
        {
            return Encoding.UTF8.GetString(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public static byte[] EncryptBytes(ReadOnlySpan<byte> dataKey, Guid tipId, string field, ReadOnlySpan<byte> plaintext) =>
        EncryptBytes(dataKey, tipId, field, plaintext, FormatVersion);

    private static byte[] EncryptBytes(ReadOnlySpan<byte> dataKey, Guid tipId, string field, ReadOnlySpan<byte> plaintext, byte format)
    {
        TipDataKey.EnsureSize(dataKey, nameof(dataKey));
        var stored = new byte[Overhead + plaintext.Length];
        stored[0] = format;
        var nonce = stored.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(dataKey, TagSize);
        aes.Encrypt(
            nonce,
            plaintext,
            stored.AsSpan(1 + NonceSize, plaintext.Length),
            stored.AsSpan(stored.Length - TagSize),
            AssociatedData(tipId, field, format));
        return stored;
    }

    /// <exception cref="CryptographicException">The value was altered, or belongs to another tip, field or key.</exception>
    public static byte[] DecryptBytes(ReadOnlySpan<byte> dataKey, Guid tipId, string field, ReadOnlySpan<byte> stored)
    {
        TipDataKey.EnsureSize(dataKey, nameof(dataKey));
        if (stored.Length < Overhead || stored[0] is not (FormatVersion or PaddedFormatVersion))
        {
            throw new CryptographicException($"The encrypted field '{field}' is malformed or in an unknown format.");
        }

        var plaintext = new byte[stored.Length - Overhead];
        using var aes = new AesGcm(dataKey, TagSize);
        aes.Decrypt(
            stored.Slice(1, NonceSize),
            stored.Slice(1 + NonceSize, plaintext.Length),
            stored[^TagSize..],
            plaintext,
            AssociatedData(tipId, field, stored[0]));
        if (stored[0] == FormatVersion)
        {
            return plaintext;
        }

        try
        {
            return Sealing.SizeClasses.Unpad(plaintext) ?? throw new CryptographicException($"The encrypted field '{field}' is not padded as its format says.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <remarks>The padded format binds its version too, so a stored value cannot be made to read as the other format.</remarks>
    private static byte[] AssociatedData(Guid tipId, string field, byte format)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        return Encoding.UTF8.GetBytes(format == FormatVersion
            ? string.Create(CultureInfo.InvariantCulture, $"{tipId:N}/{field}")
            : string.Create(CultureInfo.InvariantCulture, $"{tipId:N}/{field}/v{format}"));
    }
}
