using System.Globalization;
using Azure;
using Azure.Security.KeyVault.Secrets;

namespace Portal.Tips.Protection;

/// <summary>
/// Keys from Azure Key Vault secrets, read once at start-up and then held in memory (the vault is never on the
/// path of a tip). Each enabled version of the KEK secret is one KEK version, numbered by its
/// <see cref="AzureKeyVaultKeyOptions.VersionTag"/> tag; a disabled version is retired. The hash key secret must
/// have exactly one enabled version: it never rotates, since a new one would invalidate every receipt.
/// </summary>
/// <remarks>
/// Secrets rather than Key Vault keys: the keys SDK is not available to this project, so the KEK is fetched
/// into memory instead of wrapping inside the vault. The vault still keeps it out of the database, the blob
/// store, the repository and the server's disk, with access granted to the host's identity only.
/// </remarks>
internal sealed class AzureKeyVaultKeyRingSource(KeyVaultSecretClientFactory clients) : IKeyRingSource
{
    private const string Section = TipKeyOptions.SectionName + ":" + nameof(TipKeyOptions.AzureKeyVault);

    public KeyRing Load(TipKeyOptions options)
    {
        var vault = options.AzureKeyVault;
        var client = clients.Create(new Uri(vault.VaultUri!, UriKind.Absolute));
        var reading = nameof(AzureKeyVaultKeyOptions.KekSecretName);
        try
        {
            var keks = LoadKeks(client, vault.KekSecretName);
            reading = nameof(AzureKeyVaultKeyOptions.HashKeySecretName);
            var hashKey = LoadHashKey(client, vault.HashKeySecretName);
            var current = options.CurrentVersion;
            return KeyRingChecks.Complete(
                options,
                new KeyRing(keks, current, hashKey),
                $"an enabled version of secret '{vault.KekSecretName}' tagged {AzureKeyVaultKeyOptions.VersionTag}={current.ToString(CultureInfo.InvariantCulture)}",
                "the key vault");
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            var name = reading == nameof(AzureKeyVaultKeyOptions.KekSecretName) ? vault.KekSecretName : vault.HashKeySecretName;
            throw new KeyRingException($"{Section}:{reading}: the key vault has no secret '{name}'.", exception);
        }
        catch (Exception exception) when (exception is not KeyRingException and not OutOfMemoryException)
        {
            // The SDK's messages can span many lines (status, headers); the first one says what went wrong.
            throw new KeyRingException($"{Section}:VaultUri: the key vault cannot be reached or read ({exception.Message.Split('\n', 2)[0].Trim()}).", exception);
        }
    }

    private static Dictionary<int, byte[]> LoadKeks(SecretClient client, string name)
    {
        var keks = new Dictionary<int, byte[]>();
        var setting = $"{Section}:{nameof(AzureKeyVaultKeyOptions.KekSecretName)}";
        foreach (var properties in client.GetPropertiesOfSecretVersions(name))
        {
            if (properties.Enabled != true)
            {
                continue;
            }

            if (!properties.Tags.TryGetValue(AzureKeyVaultKeyOptions.VersionTag, out var tag) || !KeyMaterial.TryParseVersion(tag, out var version))
            {
                throw new KeyRingException(
                    $"{setting}: version {properties.Version} of secret '{name}' has no {AzureKeyVaultKeyOptions.VersionTag} tag with a whole number above 0; tag it or disable it.");
            }

            if (keks.ContainsKey(version))
            {
                throw new KeyRingException($"{setting}: two enabled versions of secret '{name}' are tagged {AzureKeyVaultKeyOptions.VersionTag}={tag}; disable the one not in use.");
            }

            keks[version] = Decode(client.GetSecret(name, properties.Version).Value.Value)
                ?? throw new KeyRingException($"{setting}: the version tagged {AzureKeyVaultKeyOptions.VersionTag}={tag} must hold {KeyMaterial.KeySizeInBytes} bytes in base64.");
        }

        return keks.Count > 0
            ? keks
            : throw new KeyRingException($"{setting}: secret '{name}' has no enabled version; add one tagged {AzureKeyVaultKeyOptions.VersionTag}=1.");
    }

    private static byte[] LoadHashKey(SecretClient client, string name)
    {
        var setting = $"{Section}:{nameof(AzureKeyVaultKeyOptions.HashKeySecretName)}";
        var enabled = client.GetPropertiesOfSecretVersions(name).Where(properties => properties.Enabled == true).Take(2).ToList();
        if (enabled.Count != 1)
        {
            throw new KeyRingException(enabled.Count == 0
                ? $"{setting}: secret '{name}' has no enabled version; put the hash key in use into it."
                : $"{setting}: secret '{name}' has more than one enabled version; the hash key never changes (a new one invalidates every receipt): disable all but the one in use.");
        }

        return Decode(client.GetSecret(name, enabled[0].Version).Value.Value)
            ?? throw new KeyRingException($"{setting}: secret '{name}' must hold {KeyMaterial.KeySizeInBytes} bytes in base64.");
    }

    private static byte[]? Decode(string? base64) => KeyMaterial.TryDecode(base64, out var key) ? key : null;
}
