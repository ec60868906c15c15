namespace Portal.Tips.AntiBot;

/// <summary>Why a proof-of-work payload was accepted or not; only <see cref="Valid"/> counts as verified.</summary>
public enum ProofOfWorkResult
{
    Valid,

    /// <summary>No payload was posted (the browser had no JavaScript or did not finish).</summary>
    Missing,

    /// <summary>Not base64, not JSON, or a field is absent or of the wrong type.</summary>
    Malformed,

    WrongAlgorithm,

    /// <summary>The salt carries no <c>expires</c>; such a challenge would never expire, so it is refused.</summary>
    MissingExpiry,

    Expired,

    /// <summary>The number does not solve the challenge, or the challenge was not signed by us.</summary>
    BadSignature,

    /// <summary>The same solved challenge was posted before.</summary>
    Replayed,
}
