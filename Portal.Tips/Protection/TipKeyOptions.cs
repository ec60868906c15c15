namespace Portal.Tips.Protection;

/// <summary>Where the tip keys come from (<c>Tips:Keys:Provider</c>).</summary>
internal enum TipKeySource
{
    /// <summary>Configuration values (<c>Tips:Keys:Versions:N</c>, <c>Tips:Keys:HashKey</c>): development, or environment variables.</summary>
    Configuration,

    /// <summary>One file per KEK version in <c>Tips:Keys:KeyFileDirectory</c>, readable by the portal's user only.</summary>
    KeyFile,

    /// <summary>Versions of one Azure Key Vault secret, read once at start-up with the host's managed identity.</summary>
    AzureKeyVault,
}

/// <summary>
/// Key material for encrypting tips at rest (section <c>Tips:Keys</c>). It comes from configuration, a key
/// directory or a key vault, and must never be stored next to the data it protects: a copy of the database and
/// the blob store alone must reveal nothing.
/// </summary>
internal sealed class TipKeyOptions
{
    public const string SectionName = "Tips:Keys";

    /// <summary><c>Configuration</c> (default), <c>KeyFile</c> or <c>AzureKeyVault</c>; see <see cref="TipKeySource"/>.</summary>
    public string Provider { get; set; } = nameof(TipKeySource.Configuration);

    /// <summary>
    /// The key-encryption key version that wraps new data keys; older versions stay to unwrap old ones. With the
    /// KeyFile provider it may instead come from the directory's <c>current</c> file.
    /// </summary>
    public int CurrentVersion { get; set; }

    /// <summary>Key-encryption keys by version number ("1", "2", ...), each 32 random bytes in base64.</summary>
    public Dictionary<string, string> Versions { get; } = [];

    /// <summary>32 random bytes in base64, the root of keyed hashes such as receipt numbers and rate-limit keys.</summary>
    public string? HashKey { get; set; }

    /// <summary>KeyFile provider: the directory of <c>kek-N.key</c>, <c>hash.key</c> and optionally <c>current</c>.</summary>
    public string? KeyFileDirectory { get; set; }

    public AzureKeyVaultKeyOptions AzureKeyVault { get; } = new();
}

/// <summary>AzureKeyVault provider (section <c>Tips:Keys:AzureKeyVault</c>).</summary>
internal sealed class AzureKeyVaultKeyOptions
{
    /// <summary>The secret version tag that holds the KEK version number.</summary>
    public const string VersionTag = "kek-version";

    /// <summary>The vault's address, e.g. <c>https://portal-keys.vault.azure.net/</c>.</summary>
    public string? VaultUri { get; set; }

    /// <summary>The secret whose enabled versions, each tagged <see cref="VersionTag"/>, are the KEK versions.</summary>
    public string KekSecretName { get; set; } = "tip-kek";

    /// <summary>The secret that holds the hash key; it must have exactly one enabled version.</summary>
    public string HashKeySecretName { get; set; } = "tip-hash-key";
}
