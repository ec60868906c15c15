namespace Portal.Tips.Protection;

/// <summary>
/// The one place the key-encryption key (KEK) lives: configuration in development, a key vault in production.
/// Callers only ever see wrapped data keys and keyed hashes, never the KEK or the hash key itself, so swapping
/// the backing store changes nothing else.
/// </summary>
public interface IKeyEncryptionKeyProvider
{
    /// <summary>The version that <see cref="Wrap"/> uses.</summary>
    int CurrentVersion { get; }

    /// <summary>Encrypts a tip's data key under the current KEK version.</summary>
    WrappedKey Wrap(ReadOnlySpan<byte> dataKey);

    /// <summary>Decrypts a data key with the KEK version it carries.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">
    /// The version is unknown, or the wrapped key was altered or wrapped by another key.
    /// </exception>
    byte[] Unwrap(WrappedKey wrapped);

    /// <summary>
    /// HMAC-SHA-256 of <paramref name="value"/> under a key derived for <paramref name="purpose"/>, so that, for
    /// example, receipt numbers and rate-limit keys cannot be correlated with each other.
    /// </summary>
    byte[] KeyedHash(string purpose, ReadOnlySpan<byte> value);
}
