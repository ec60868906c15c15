using System.Globalization;
using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>What every key source must deliver, and that it agrees with any keys still left in configuration.</summary>
internal static class KeyRingChecks
{
    /// <summary>
    /// The current version must have a key. Keys still in <c>Tips:Keys:Versions</c> or <c>Tips:Keys:HashKey</c>
    /// while moving to a key directory or vault must equal the moved ones: a hash key that differs would make
    /// every receipt unusable, and a KEK that differs would make its tips unreadable.
    /// </summary>
    /// <param name="currentKeyName">How to name the missing current key, e.g. a file or a secret version.</param>
    /// <param name="store">How to name the store in a message.</param>
    public static KeyRing Complete(TipKeyOptions options, KeyRing ring, string currentKeyName, string store)
    {
        var section = TipKeyOptions.SectionName;
        if (ring.CurrentVersion <= 0 || !ring.Keks.ContainsKey(ring.CurrentVersion))
        {
            throw new KeyRingException($"{section}:CurrentVersion: version {ring.CurrentVersion.ToString(CultureInfo.InvariantCulture)} has no key; add {currentKeyName}.");
        }

        foreach (var (version, base64) in options.Versions.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(base64))
            {
                continue;
            }

            if (!KeyMaterial.TryParseVersion(version, out var number)
                || !KeyMaterial.TryDecode(base64, out var configured)
                || !ring.Keks.TryGetValue(number, out var stored)
                || !CryptographicOperations.FixedTimeEquals(configured, stored))
            {
                throw new KeyRingException($"{section}:Versions:{version}: differs from the key in {store}; with Provider {options.Provider} keys come only from there: remove it from configuration once {store} holds the same key.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.HashKey)
            && (!KeyMaterial.TryDecode(options.HashKey, out var configuredHash) || !CryptographicOperations.FixedTimeEquals(configuredHash, ring.HashKey)))
        {
            throw new KeyRingException($"{section}:HashKey: differs from the hash key in {store}, so no receipt would sign in; put the hash key in use into {store}, then remove it from configuration.");
        }

        return ring;
    }
}
