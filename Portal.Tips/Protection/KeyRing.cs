namespace Portal.Tips.Protection;

/// <summary>
/// The tip keys as loaded from their source, held only in memory: every key-encryption key by version, the
/// version that wraps new data keys, and the root of the keyed hashes.
/// </summary>
internal sealed record KeyRing(IReadOnlyDictionary<int, byte[]> Keks, int CurrentVersion, byte[] HashKey);

/// <summary>A key source that cannot deliver a usable key ring; the message is one line that starts with the setting to fix.</summary>
internal sealed class KeyRingException(string message, Exception? innerException = null) : Exception(message, innerException);
