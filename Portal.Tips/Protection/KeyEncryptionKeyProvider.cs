using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Protection;

/// <summary>
/// Holds the key ring that <c>Tips:Keys:Provider</c> names (configuration, key directory or key vault) in memory;
/// the store is read once, at start-up. Wrapping is AES-256-GCM with a fresh nonce and the KEK version as
/// associated data; the wrapped ciphertext is nonce ‖ encrypted key ‖ tag. Keyed hashes come from the hash key,
/// which is independent of the KEK versions, so rotating the KEK leaves every receipt hash as it is.
/// </summary>
internal sealed class KeyEncryptionKeyProvider : IKeyEncryptionKeyProvider
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly IReadOnlyDictionary<int, byte[]> keys;
    private readonly byte[] hashKey;
    private readonly ConcurrentDictionary<string, byte[]> hashKeysByPurpose = new(StringComparer.Ordinal);

    public KeyEncryptionKeyProvider(IOptions<TipKeyOptions> options, KeyRingLoader loader)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loader);
        var settings = options.Value;

        // Options built by hand (tests, tools) skip the registered validator; never run with half a key ring.
        var validation = new TipKeyOptionsValidator(loader).Validate(Options.DefaultName, settings);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TipKeyOptions), validation.Failures ?? []);
        }

        var ring = loader.Load(settings);
        keys = ring.Keks;
        hashKey = ring.HashKey;
        CurrentVersion = ring.CurrentVersion;
    }

    public int CurrentVersion { get; }

    public WrappedKey Wrap(ReadOnlySpan<byte> dataKey)
    {
        TipDataKey.EnsureSize(dataKey, nameof(dataKey));
        var ciphertext = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = ciphertext.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        using var aes = new AesGcm(keys[CurrentVersion], TagSize);
        aes.Encrypt(
            nonce,
            dataKey,
            ciphertext.AsSpan(NonceSize, dataKey.Length),
            ciphertext.AsSpan(NonceSize + dataKey.Length),
            AssociatedData(CurrentVersion));
        return new WrappedKey(CurrentVersion, ciphertext);
    }

    public byte[] Unwrap(WrappedKey wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (!keys.TryGetValue(wrapped.KekVersion, out var key))
        {
            throw new CryptographicException(
                $"The data key is wrapped under key-encryption key version {wrapped.KekVersion}, which is not in the key ring ({TipKeyOptions.SectionName}); rewrap-tip-keys must finish before a version is removed.");
        }

        var ciphertext = wrapped.Ciphertext.Span;
        if (ciphertext.Length != NonceSize + TipDataKey.SizeInBytes + TagSize)
        {
            throw new CryptographicException("The wrapped data key has the wrong length.");
        }

        var dataKey = new byte[TipDataKey.SizeInBytes];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            ciphertext[..NonceSize],
            ciphertext.Slice(NonceSize, dataKey.Length),
            ciphertext[(NonceSize + dataKey.Length)..],
            dataKey,
            AssociatedData(wrapped.KekVersion));
        return dataKey;
    }

    public byte[] KeyedHash(string purpose, ReadOnlySpan<byte> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var key = hashKeysByPurpose.GetOrAdd(
            purpose,
            static (name, root) => HKDF.DeriveKey(HashAlgorithmName.SHA256, root, KeyMaterial.KeySizeInBytes, salt: [], info: Encoding.UTF8.GetBytes(name)),
            hashKey);
        return HMACSHA256.HashData(key, value);
    }

    private static byte[] AssociatedData(int version) => Encoding.UTF8.GetBytes($"kek:v{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
