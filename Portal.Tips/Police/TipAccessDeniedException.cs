namespace Portal.Tips.Police;

/// <summary>
/// The actor may not see this tip (none of their jurisdictions covers it, or their role does not allow the
/// action). Thrown the same way for a tip that does not exist, so an id reveals nothing.
/// </summary>
public sealed class TipAccessDeniedException : Exception
{
    public TipAccessDeniedException()
        : base("This tip is not within the actor's jurisdictions or rights.")
    {
    }

    public TipAccessDeniedException(string message)
        : base(message)
    {
    }

    public TipAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
