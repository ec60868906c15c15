namespace Portal.Tips.Protection;

/// <summary>
/// Where the keys live: configuration, a key directory or a key vault. A source only loads key material at
/// start-up; wrapping, unwrapping and hashing stay in <see cref="KeyEncryptionKeyProvider"/>, in memory, so the
/// key store is never on the path of a tip.
/// </summary>
internal interface IKeyRingSource
{
    /// <exception cref="KeyRingException">The keys are missing, malformed, exposed or unreachable.</exception>
    KeyRing Load(TipKeyOptions options);
}
