using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// Seals a short secret (a tip's data key, a unit's private key) to an X25519 public key, so that only the holder of
/// the matching private key can open it: the sealer needs no secret of its own, which is what lets intake run with
/// nobody signed in. Each seal uses a fresh ephemeral key; the key-encryption key is HKDF-SHA-256 of the agreement,
/// salted with both public keys, and the secret is encrypted with ChaCha20-Poly1305 bound to a context (what the secret
/// is, for which record), so a share copied onto another record does not open.
/// </summary>
/// <remarks>Layout: version (1) · ephemeral public key (32) · ciphertext with tag.</remarks>
public static class SealedBox
{
    public const byte Version = 1;
    public const int PublicKeySize = 32;
    private const int Overhead = 1 + PublicKeySize + 16;
    private static readonly byte[] Info = "gansu-portal/sealed-box/v1"u8.ToArray();

    public static byte[] Seal(ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> context)
    {
        var recipient = PublicKey.Import(KeyAgreementAlgorithm.X25519, recipientPublicKey, KeyBlobFormat.RawPublicKey);
        using var ephemeral = Key.Create(KeyAgreementAlgorithm.X25519);
        var ephemeralPublic = ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        using var wrapping = WrappingKey(ephemeral, recipient, ephemeralPublic, recipientPublicKey);
        var sealedBytes = new byte[Overhead + secret.Length];
        sealedBytes[0] = Version;
        ephemeralPublic.CopyTo(sealedBytes, 1);
        AeadAlgorithm.ChaCha20Poly1305.Encrypt(wrapping, Nonce, context, secret, sealedBytes.AsSpan(1 + PublicKeySize));
        return sealedBytes;
    }

    /// <summary>The secret, or null when the box is not for this key, was changed, or belongs to another context.</summary>
    public static byte[]? Open(Key recipient, ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> context)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (sealedBytes.Length < Overhead || sealedBytes[0] != Version)
        {
            return null;
        }

        var ephemeralPublicBytes = sealedBytes.Slice(1, PublicKeySize);
        if (!PublicKey.TryImport(KeyAgreementAlgorithm.X25519, ephemeralPublicBytes, KeyBlobFormat.RawPublicKey, out var ephemeralPublic) || ephemeralPublic is null)
        {
            return null;
        }

        var recipientPublic = recipient.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        Key wrapping;
        try
        {
            wrapping = WrappingKey(recipient, ephemeralPublic, ephemeralPublicBytes, recipientPublic);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        using var _ = wrapping;
        var secret = new byte[sealedBytes.Length - Overhead];
        return AeadAlgorithm.ChaCha20Poly1305.Decrypt(wrapping, Nonce, context, sealedBytes[(1 + PublicKeySize)..], secret) ? secret : null;
    }

    // Every seal has its own ephemeral key, so every wrapping key is used once: a fixed nonce is safe.
    private static ReadOnlySpan<byte> Nonce => new byte[12];

    private static Key WrappingKey(Key own, PublicKey other, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic)
    {
        using var shared = KeyAgreementAlgorithm.X25519.Agree(own, other)
            ?? throw new System.Security.Cryptography.CryptographicException("The key agreement failed (a low-order public key).");
        Span<byte> salt = stackalloc byte[2 * PublicKeySize];
        ephemeralPublic.CopyTo(salt);
        recipientPublic.CopyTo(salt[PublicKeySize..]);
        return KeyDerivationAlgorithm.HkdfSha256.DeriveKey(shared, salt, Info, AeadAlgorithm.ChaCha20Poly1305);
    }
}
