namespace Portal.Tips.AntiBot;

/// <summary>
/// The verdict on a tip's sender. A tip is never turned away only because <see cref="Verified"/> is false:
/// without JavaScript it is accepted unverified under a stricter rate limit; with JavaScript the form explains
/// the failure (from the underlying results) and keeps what was typed.
/// </summary>
/// <param name="Verified">The sender did the proof of work or passed reCAPTCHA.</param>
/// <param name="JavaScriptAbsent">Neither a proof of work nor a reCAPTCHA token was posted: the browser ran no script.</param>
/// <param name="ProofOfWork">The proof-of-work result, when it was checked.</param>
/// <param name="Recaptcha">The reCAPTCHA result, when it was asked.</param>
public sealed record HumanCheckOutcome(bool Verified, bool JavaScriptAbsent, ProofOfWorkResult? ProofOfWork, RecaptchaResult? Recaptcha);
