using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Protection;

/// <summary>
/// Each failure is one line that starts with the setting to fix, so a deployment with missing, malformed or
/// exposed keys stops at start-up with a message an operator can act on, instead of failing at the first tip.
/// Once the settings are well formed it loads the keys from their source, so that a key directory or vault
/// that cannot deliver them stops start-up too.
/// </summary>
internal sealed partial class TipKeyOptionsValidator(KeyRingLoader loader) : IValidateOptions<TipKeyOptions>
{
    private const string Section = TipKeyOptions.SectionName;

    public TipKeyOptionsValidator()
        : this(new KeyRingLoader())
    {
    }

    public ValidateOptionsResult Validate(string? name, TipKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.TryParse<TipKeySource>(options.Provider, ignoreCase: true, out var source) || !Enum.IsDefined(source))
        {
            return ValidateOptionsResult.Fail($"{Section}:Provider: '{options.Provider}' is not a known key provider; use Configuration, KeyFile or AzureKeyVault.");
        }

        var failures = source switch
        {
            TipKeySource.KeyFile => KeyFileFailures(options),
            TipKeySource.AzureKeyVault => AzureKeyVaultFailures(options),
            _ => ConfigurationFailures(options),
        };
        if (failures.Count > 0)
        {
            return ValidateOptionsResult.Fail(failures);
        }

        try
        {
            loader.Load(options);
        }
        catch (KeyRingException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }

        return ValidateOptionsResult.Success;
    }

    private static List<string> ConfigurationFailures(TipKeyOptions options)
    {
        if (options.Versions.Count == 0 && options.CurrentVersion == 0 && string.IsNullOrWhiteSpace(options.HashKey))
        {
            return [
                $"{Section}: no key-encryption key is configured; set {Section}:CurrentVersion, " +
                $"{Section}:Versions:<version> (32 random bytes in base64) and {Section}:HashKey, or choose another {Section}:Provider."];
        }

        var failures = new List<string>();
        foreach (var (version, base64) in options.Versions.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (!KeyMaterial.TryParseVersion(version, out _))
            {
                failures.Add($"{Section}:Versions:{version}: the version must be a whole number above 0, without leading zeros.");
            }
            else if (!KeyMaterial.TryDecode(base64, out _))
            {
                failures.Add($"{Section}:Versions:{version}: must be {KeyMaterial.KeySizeInBytes} bytes in base64.");
            }
        }

        if (options.CurrentVersion <= 0)
        {
            failures.Add($"{Section}:CurrentVersion: must name a version above 0 that has a key in {Section}:Versions.");
        }
        else if (!options.Versions.Keys.Any(key => KeyMaterial.TryParseVersion(key, out var version) && version == options.CurrentVersion))
        {
            failures.Add($"{Section}:CurrentVersion: version {options.CurrentVersion} has no key in {Section}:Versions.");
        }

        if (!KeyMaterial.TryDecode(options.HashKey, out _))
        {
            failures.Add($"{Section}:HashKey: must be {KeyMaterial.KeySizeInBytes} bytes in base64.");
        }

        return failures;
    }

    private static List<string> KeyFileFailures(TipKeyOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.KeyFileDirectory))
        {
            failures.Add($"{Section}:KeyFileDirectory: a directory is required for the KeyFile key provider.");
        }

        if (options.CurrentVersion < 0)
        {
            failures.Add($"{Section}:CurrentVersion: must be a version above 0, or unset to use the key directory's 'current' file.");
        }

        return failures;
    }

    private static List<string> AzureKeyVaultFailures(TipKeyOptions options)
    {
        var failures = new List<string>();
        var vault = options.AzureKeyVault;
        if (!Uri.TryCreate(vault.VaultUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Section}:AzureKeyVault:VaultUri: the vault's https address is required for the AzureKeyVault key provider, e.g. https://portal-keys.vault.azure.net/.");
        }

        if (!SecretName().IsMatch(vault.KekSecretName ?? ""))
        {
            failures.Add($"{Section}:AzureKeyVault:KekSecretName: '{vault.KekSecretName}' is not a Key Vault secret name (1 to 127 letters, digits and dashes).");
        }

        if (!SecretName().IsMatch(vault.HashKeySecretName ?? ""))
        {
            failures.Add($"{Section}:AzureKeyVault:HashKeySecretName: '{vault.HashKeySecretName}' is not a Key Vault secret name (1 to 127 letters, digits and dashes).");
        }

        if (options.CurrentVersion <= 0)
        {
            failures.Add($"{Section}:CurrentVersion: must name the KEK version (the secret's {AzureKeyVaultKeyOptions.VersionTag} tag) that wraps new tips.");
        }

        return failures;
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
