using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Tips.AntiBot;

namespace Portal.Tips.Protection;

/// <summary>
/// The Development keys are in the repository, so everyone has them: a KEK among them opens every tip, the hash key
/// lets anyone test receipt numbers offline, the anti-bot key lets a script mint solved challenges. A Production host
/// asks this before it serves and refuses to start with any of them. Only digests are kept here, not the keys again.
/// </summary>
public sealed class PublishedKeyCheck
{
    // SHA-256 of the decoded Development KEK and hash key and of the Development anti-bot key's characters
    // (appsettings.Development.json); a test keeps them in step with that file.
    internal static readonly string[] PublishedDigests =
    [
        "061D8EFF11CA08F4E95566B390C19B207A8B644BE8C25092E454652AECC79143",
        "A0D97BF1E2B23FFA7ED998D240AEA72641ED1539CF16FCF74F2D94A57EB78A5B",
        "BF87F584B0EACADCDB9374628B582BF50A32BEB2ECAF480AB9BC9F84EC44DA5F",
    ];

    private readonly KeyRingLoader loader;
    private readonly IOptions<TipKeyOptions> keys;
    private readonly IOptions<AntiBotOptions> antiBot;

    internal PublishedKeyCheck(KeyRingLoader loader, IOptions<TipKeyOptions> keys, IOptions<AntiBotOptions> antiBot)
    {
        this.loader = loader;
        this.keys = keys;
        this.antiBot = antiBot;
    }

    /// <summary>One line that starts with the setting holding a published key, or null when none does.</summary>
    public string? FindPublishedKey()
    {
        var ring = loader.Load(keys.Value);
        foreach (var (version, kek) in ring.Keks.OrderBy(entry => entry.Key))
        {
            if (IsPublished(kek))
            {
                return $"{TipKeyOptions.SectionName}: key-encryption key version {version.ToString(CultureInfo.InvariantCulture)} is the Development key published in the repository; generate a new one (openssl rand -base64 32), then run rewrap-tip-keys.";
            }
        }

        if (IsPublished(ring.HashKey))
        {
            return $"{TipKeyOptions.SectionName}:HashKey: the hash key is the Development key published in the repository; a live portal needs its own (openssl rand -base64 32).";
        }

        return IsPublished(Encoding.UTF8.GetBytes(antiBot.Value.HmacKey))
            ? $"{AntiBotOptions.SectionName}:HmacKey: is the Development key published in the repository; set one of your own (openssl rand -base64 32)."
            : null;
    }

    internal static bool IsPublished(byte[] key) =>
        PublishedDigests.Contains(Convert.ToHexString(SHA256.HashData(key)), StringComparer.Ordinal);
}
