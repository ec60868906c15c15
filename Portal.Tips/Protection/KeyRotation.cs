using System.Security.Cryptography;

namespace Portal.Tips.Protection;

/// <summary>
/// Rotating the key-encryption key only rewraps each tip's small data key; narratives and attachments encrypted
/// under that data key stay exactly as stored.
/// </summary>
internal static class KeyRotation
{
    /// <summary>
    /// The same data key wrapped under the provider's current KEK version. A key already under the current version
    /// is returned as it is, so a rotation job can skip rows that need no write.
    /// </summary>
    public static WrappedKey Rewrap(IKeyEncryptionKeyProvider provider, WrappedKey wrapped)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(wrapped);
        if (wrapped.KekVersion == provider.CurrentVersion)
        {
            return wrapped;
        }

        var dataKey = provider.Unwrap(wrapped);
        try
        {
            return provider.Wrap(dataKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
