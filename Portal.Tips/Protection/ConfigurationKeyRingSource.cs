using System.Diagnostics;

namespace Portal.Tips.Protection;

/// <summary>Keys straight from <c>Tips:Keys:Versions:N</c> and <c>Tips:Keys:HashKey</c>, already checked by the validator.</summary>
internal sealed class ConfigurationKeyRingSource : IKeyRingSource
{
    public KeyRing Load(TipKeyOptions options)
    {
        var keks = new Dictionary<int, byte[]>();
        foreach (var (version, base64) in options.Versions)
        {
            if (!KeyMaterial.TryParseVersion(version, out var number) || !KeyMaterial.TryDecode(base64, out var key))
            {
                throw new UnreachableException("The validator accepted a malformed key-encryption key.");
            }

            keks[number] = key;
        }

        if (!KeyMaterial.TryDecode(options.HashKey, out var hashKey))
        {
            throw new UnreachableException("The validator accepted a malformed hash key.");
        }

        return new KeyRing(keks, options.CurrentVersion, hashKey);
    }
}
