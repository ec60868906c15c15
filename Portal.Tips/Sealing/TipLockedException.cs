namespace Portal.Tips.Sealing;

/// <summary>
/// A sealed tip was asked for by a flow that holds none of its keys: nobody signed in with a unit's key, or a session
/// whose keys this server does not hold. Pages show the tip as locked; nothing is decrypted or logged.
/// </summary>
public sealed class TipLockedException : Exception
{
    public TipLockedException()
        : base("This tip is sealed and no key of this session opens it.")
    {
    }

    public TipLockedException(string message)
        : base(message)
    {
    }

    public TipLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
