using System.Security.Cryptography;
using System.Text.Json;

namespace Portal.Tips.Protection;

/// <summary>
/// Loads the key ring from the source that <c>Tips:Keys:Provider</c> names. Start-up validation loads it, so a
/// missing, exposed or unreachable key stops the host before it serves; the provider then reuses that load
/// instead of reading the directory or the vault a second time.
/// </summary>
internal sealed class KeyRingLoader(KeyVaultSecretClientFactory vaultClients)
{
    private readonly Lock gate = new();
    private byte[]? loadedFor;
    private KeyRing? loaded;

    public KeyRingLoader()
        : this(new KeyVaultSecretClientFactory())
    {
    }

    /// <summary>The options must have passed <see cref="TipKeyOptionsValidator"/>'s checks of their shape.</summary>
    /// <exception cref="KeyRingException">The source cannot deliver a usable key ring.</exception>
    internal KeyRing Load(TipKeyOptions options)
    {
        // A digest of the settings, not the settings: the cache key must not be one more copy of the keys.
        var fingerprint = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(options));
        lock (gate)
        {
            if (loaded is not null && loadedFor is not null && fingerprint.AsSpan().SequenceEqual(loadedFor))
            {
                return loaded;
            }

            var ring = Source(options).Load(options);
            (loadedFor, loaded) = (fingerprint, ring);
            return ring;
        }
    }

    private IKeyRingSource Source(TipKeyOptions options) => Enum.Parse<TipKeySource>(options.Provider, ignoreCase: true) switch
    {
        TipKeySource.KeyFile => new KeyFileKeyRingSource(),
        TipKeySource.AzureKeyVault => new AzureKeyVaultKeyRingSource(vaultClients),
        _ => new ConfigurationKeyRingSource(),
    };
}
