namespace Portal.Tips.AntiBot;

/// <summary>The reCAPTCHA verdict. <see cref="Unavailable"/> is kept apart because it falls back to the proof of work.</summary>
public enum RecaptchaResult
{
    Passed,

    /// <summary>siteverify said <c>success: false</c>: a forged, expired or reused (<c>timeout-or-duplicate</c>) token.</summary>
    Failed,

    /// <summary>The token was issued on a site that is not ours.</summary>
    WrongHostname,

    /// <summary>The token was issued for another action than the tip form's.</summary>
    WrongAction,

    LowScore,

    /// <summary>siteverify could not be asked or did not answer sensibly (time-out, network, non-2xx, bad JSON).</summary>
    Unavailable,
}
