namespace Portal.Tips.AntiBot;

/// <summary>
/// The verdict on a tip's sender. A tip is never turned away only because <see cref="Verified"/> is false: it is
/// accepted unverified under a stricter rate limit, unless <see cref="ProofOfWorkRejected"/>.
/// </summary>
/// <param name="Verified">The sender did the proof of work or passed reCAPTCHA.</param>
/// <param name="JavaScriptAbsent">Neither a proof of work nor a reCAPTCHA token was posted: the browser ran no script.</param>
/// <param name="ProofOfWork">The proof-of-work result, when it was checked.</param>
/// <param name="Recaptcha">The reCAPTCHA result, when it was asked.</param>
public sealed record HumanCheckOutcome(bool Verified, bool JavaScriptAbsent, ProofOfWorkResult? ProofOfWork, RecaptchaResult? Recaptcha)
{
    /// <summary>
    /// A proof of work was posted and is wrong, stale or used: the form says so, keeps what was typed and offers a
    /// new challenge. Every other unverified tip is accepted, unverified: no script ran, the proof could not be
    /// done, or reCAPTCHA judged against the sender, which it also does to real people (a VPN, a privacy
    /// browser) who could do nothing about it.
    /// </summary>
    public bool ProofOfWorkRejected => ProofOfWork is not (null or ProofOfWorkResult.Valid or ProofOfWorkResult.Missing);
}
