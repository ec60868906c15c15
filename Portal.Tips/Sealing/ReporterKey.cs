using System.Security.Cryptography;
using System.Text;

namespace Portal.Tips.Sealing;

/// <summary>
/// The reporter's own way into their sealed tip: the data key under a key derived from the receipt (number and
/// passphrase, about 110 bits together, so a fast derivation is enough). The receipt is never stored, so the server
/// cannot derive this key; the reporter's browser carries it for the follow-up's short window only.
/// </summary>
public static class ReporterKey
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Derive(Guid tipId, string receiptNumber, string passphrase) =>
        HKDF.DeriveKey(
            HashAlgorithmName.SHA256,
            Encoding.UTF8.GetBytes($"{receiptNumber}\u0000{passphrase}"),
            32,
            tipId.ToByteArray(),
            Encoding.UTF8.GetBytes("gansu-portal/reporter-key/v1"));

    public static byte[] Seal(byte[] reporterKey, ReadOnlySpan<byte> dataKey, Guid tipId)
    {
        var stored = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = stored.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(reporterKey, TagSize);
        aes.Encrypt(nonce, dataKey, stored.AsSpan(NonceSize, dataKey.Length), stored.AsSpan(NonceSize + dataKey.Length), tipId.ToByteArray());
        return stored;
    }

    /// <summary>The data key, or null when the key is not this tip's.</summary>
    public static byte[]? Open(byte[] reporterKey, byte[] stored, Guid tipId)
    {
        if (reporterKey.Length != 32 || stored.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var dataKey = new byte[stored.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(reporterKey, TagSize);
            aes.Decrypt(stored.AsSpan(0, NonceSize), stored.AsSpan(NonceSize, dataKey.Length), stored.AsSpan(NonceSize + dataKey.Length), dataKey, tipId.ToByteArray());
            return dataKey;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
