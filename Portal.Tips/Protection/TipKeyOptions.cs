namespace Portal.Tips.Protection;

/// <summary>
/// Key material for encrypting tips at rest (section <c>Tips:Keys</c>). It comes from configuration or a key
/// file in development and must never be stored next to the data it protects: a copy of the database and the
/// blob store alone must reveal nothing.
/// </summary>
public sealed class TipKeyOptions
{
    public const string SectionName = "Tips:Keys";

    /// <summary>The key-encryption key version that wraps new data keys; older versions stay to unwrap old ones.</summary>
    public int CurrentVersion { get; set; }

    /// <summary>Key-encryption keys by version number ("1", "2", ...), each 32 random bytes in base64.</summary>
    public Dictionary<string, string> Versions { get; } = [];

    /// <summary>32 random bytes in base64, the root of keyed hashes such as receipt numbers and rate-limit keys.</summary>
    public string? HashKey { get; set; }
}
