using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// Seals a short secret (a tip's data key, a unit's private key) to an X25519 public key, so that only the holder of
/// the matching private key can open it: the sealer needs no secret of its own, which is what lets intake run with
/// nobody signed in. Each seal uses a fresh ephemeral key (or one per secret for several recipients); the key-encryption key is HKDF-SHA-256 of the agreement,
/// salted with both public keys, and the secret is encrypted with ChaCha20-Poly1305 bound to a context (what the secret
/// is, for which record), so a share copied onto another record does not open.
/// </summary>
/// <remarks>Layout: version (1) · ephemeral public key (32) · ciphertext with tag; version 2 (<see cref="SealMany"/>) adds a
/// random nonce (12) before the ciphertext.</remarks>
public static class SealedBox
{
    public const byte Version = 1;

    /// <summary>Boxes of <see cref="SealMany"/>: the context also goes into the wrapping key's derivation.</summary>
    public const byte ManyVersion = 2;
    public const int PublicKeySize = 32;
    private const int Overhead = 1 + PublicKeySize + 16;
    private const int NonceSize = 12;
    private static readonly byte[] Info = "gansu-portal/sealed-box/v1"u8.ToArray();
    private static readonly byte[] ManyInfo = "gansu-portal/sealed-box/v2\u0000"u8.ToArray();

    public static byte[] Seal(ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> context)
    {
        using var ephemeral = Key.Create(KeyAgreementAlgorithm.X25519);
        return Seal(ephemeral, ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey), recipientPublicKey, secret, context);
    }

    /// <summary>
    /// Several secrets, each to its recipient, with one ephemeral key and one agreement per distinct recipient (a new
    /// tip's key to its three units and its reporter's identity parts: four scalar multiplications instead of nine).
    /// Each box's wrapping key is derived with its own context, so no two boxes share one.
    /// </summary>
    public static IReadOnlyList<byte[]> SealMany(IReadOnlyList<(byte[] PublicKey, byte[] Context, byte[] Secret)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Select(i => Convert.ToHexString(i.PublicKey) + "/" + Convert.ToHexString(i.Context)).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("Each recipient and context may appear once.", nameof(items));
        }

        using var ephemeral = new Ephemeral();
        return ephemeral.SealMany(items);
    }

    /// <summary>
    /// An ephemeral key and its agreements with the recipients it has sealed to, kept for more than one
    /// <see cref="SealMany"/> (intake's <see cref="IntakeSealer"/>). Every box still gets its own wrapping key from its
    /// context, which names the tip; disposing wipes the ephemeral key and the agreements.
    /// </summary>
    internal sealed class Ephemeral : IDisposable
    {
        private readonly Key key = Key.Create(KeyAgreementAlgorithm.X25519);
        private readonly Dictionary<string, SharedSecret> agreements = new(StringComparer.Ordinal);
        private readonly byte[] publicKey;

        public Ephemeral() => publicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

        public IReadOnlyList<byte[]> SealMany(IReadOnlyList<(byte[] PublicKey, byte[] Context, byte[] Secret)> items)
        {
            var boxes = new List<byte[]>(items.Count);
            foreach (var (recipientPublic, context, secret) in items)
            {
                var id = Convert.ToHexString(recipientPublic);
                if (!agreements.TryGetValue(id, out var shared))
                {
                    var recipient = PublicKey.Import(KeyAgreementAlgorithm.X25519, recipientPublic, KeyBlobFormat.RawPublicKey);
                    shared = KeyAgreementAlgorithm.X25519.Agree(key, recipient)
                        ?? throw new System.Security.Cryptography.CryptographicException("The key agreement failed (a low-order public key).");
                    agreements[id] = shared;
                }

                // A random nonce as well: the wrapping key is per tip and unit already, but an intake that is retried
                // within the ephemeral key's second seals the same context again.
                // The same key as DeriveWrapping and the same cipher as NSec's AEAD, on plain bytes: a libsodium key
                // object per box (guarded memory, two system calls) cost intake a fifth of its throughput.
                var wrapping = WrappingBytes(shared, publicKey, recipientPublic, context);
                try
                {
                    var sealedBytes = new byte[Overhead + NonceSize + secret.Length];
                    sealedBytes[0] = ManyVersion;
                    publicKey.CopyTo(sealedBytes, 1);
                    var nonce = sealedBytes.AsSpan(1 + PublicKeySize, NonceSize);
                    System.Security.Cryptography.RandomNumberGenerator.Fill(nonce);
                    var body = sealedBytes.AsSpan(1 + PublicKeySize + NonceSize);
                    using var aead = new System.Security.Cryptography.ChaCha20Poly1305(wrapping);
                    aead.Encrypt(nonce, secret, body[..secret.Length], body[secret.Length..], context);
                    boxes.Add(sealedBytes);
                }
                finally
                {
                    System.Security.Cryptography.CryptographicOperations.ZeroMemory(wrapping);
                }
            }

            return boxes;
        }

        public void Dispose()
        {
            foreach (var shared in agreements.Values)
            {
                shared.Dispose();
            }

            agreements.Clear();
            key.Dispose();
        }
    }

    private static byte[] Seal(Key ephemeral, byte[] ephemeralPublic, ReadOnlySpan<byte> recipientPublicKey, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> context)
    {
        var recipient = PublicKey.Import(KeyAgreementAlgorithm.X25519, recipientPublicKey, KeyBlobFormat.RawPublicKey);
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
        if (sealedBytes.Length < Overhead || sealedBytes[0] is not (Version or ManyVersion))
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
            wrapping = sealedBytes[0] == Version
                ? WrappingKey(recipient, ephemeralPublic, ephemeralPublicBytes, recipientPublic)
                : ManyWrappingKey(recipient, ephemeralPublic, ephemeralPublicBytes, recipientPublic, context);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        using var _ = wrapping;
        if (sealedBytes[0] == ManyVersion)
        {
            if (sealedBytes.Length < Overhead + NonceSize)
            {
                return null;
            }

            var boxed = new byte[sealedBytes.Length - Overhead - NonceSize];
            return AeadAlgorithm.ChaCha20Poly1305.Decrypt(wrapping, sealedBytes.Slice(1 + PublicKeySize, NonceSize), context, sealedBytes[(1 + PublicKeySize + NonceSize)..], boxed) ? boxed : null;
        }

        var secret = new byte[sealedBytes.Length - Overhead];
        return AeadAlgorithm.ChaCha20Poly1305.Decrypt(wrapping, Nonce, context, sealedBytes[(1 + PublicKeySize)..], secret) ? secret : null;
    }

    // Every wrapping key is used once (a fresh ephemeral key per seal, or per recipient of one secret): a fixed nonce is safe.
    private static ReadOnlySpan<byte> Nonce => new byte[12];

    private static Key ManyWrappingKey(Key own, PublicKey other, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic, ReadOnlySpan<byte> context)
    {
        using var shared = KeyAgreementAlgorithm.X25519.Agree(own, other)
            ?? throw new System.Security.Cryptography.CryptographicException("The key agreement failed (a low-order public key).");
        return DeriveWrapping(shared, ephemeralPublic, recipientPublic, context);
    }

    private static byte[] WrappingBytes(SharedSecret shared, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic, ReadOnlySpan<byte> context)
    {
        Span<byte> salt = stackalloc byte[2 * PublicKeySize];
        ephemeralPublic.CopyTo(salt);
        recipientPublic.CopyTo(salt[PublicKeySize..]);
        var info = new byte[ManyInfo.Length + context.Length];
        ManyInfo.CopyTo(info, 0);
        context.CopyTo(info.AsSpan(ManyInfo.Length));
        return KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(shared, salt, info, AeadAlgorithm.ChaCha20Poly1305.KeySize);
    }

    private static Key DeriveWrapping(SharedSecret shared, ReadOnlySpan<byte> ephemeralPublic, ReadOnlySpan<byte> recipientPublic, ReadOnlySpan<byte> context)
    {
        var bytes = WrappingBytes(shared, ephemeralPublic, recipientPublic, context);
        try
        {
            return Key.Import(AeadAlgorithm.ChaCha20Poly1305, bytes, KeyBlobFormat.RawSymmetricKey);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(bytes);
        }
    }

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
