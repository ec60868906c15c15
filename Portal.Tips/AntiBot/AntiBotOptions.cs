namespace Portal.Tips.AntiBot;

/// <summary>
/// Settings of the tip form's bot check (section <c>Tips:AntiBot</c>). The proof of work is self-hosted because
/// third-party captcha services are unreliable from mainland China and would learn who is reporting.
/// </summary>
public sealed class AntiBotOptions
{
    public const string SectionName = "Tips:AntiBot";

    /// <summary>Secret that signs issued challenges so a client cannot invent an easy one; at least 32 characters.</summary>
    public string HmacKey { get; set; } = string.Empty;

    /// <summary>
    /// Upper bound of the secret number: the amount of work a browser does (on average half of it). The difficulty
    /// in quiet times; <see cref="Escalation"/> raises it while unverified submissions climb.
    /// </summary>
    public int MaxNumber { get; set; } = 200_000;

    public ProofOfWorkEscalationOptions Escalation { get; set; } = new();

    /// <summary>How long an issued challenge may be solved and submitted.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(20);

    public RecaptchaOptions Recaptcha { get; set; } = new();
}

/// <summary>
/// Section <c>Tips:AntiBot:Escalation</c>: while tips arrive without a valid proof of work, new challenges get
/// harder. Every <see cref="Step"/> unverified or failed submissions in the last <see cref="Window"/> (all nodes
/// together when Redis is configured) double the difficulty, from <see cref="AntiBotOptions.MaxNumber"/> up to
/// <see cref="HighestMaxNumber"/>; it comes down again as those submissions leave the window.
/// </summary>
public sealed class ProofOfWorkEscalationOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    public int Step { get; set; } = 30;

    /// <summary>The hardest challenge: a cheap phone needs several seconds for it, still far from giving up.</summary>
    public int HighestMaxNumber { get; set; } = 1_600_000;
}

/// <summary>
/// The optional reCAPTCHA v3 verifier. Off by default: it loads Google's script, so it is only for deployments
/// where that is acceptable; the proof of work stays the fallback.
/// </summary>
public sealed class RecaptchaOptions
{
    public bool Enabled { get; set; }

    /// <summary>The siteverify endpoint; recaptcha.net is the host reachable from mainland China.</summary>
    public Uri SiteVerifyUrl { get; set; } = new("https://www.recaptcha.net/recaptcha/api/siteverify");

    /// <summary>Public key the page passes to the reCAPTCHA script.</summary>
    public string? SiteKey { get; set; }

    /// <summary>
    /// Where the report page loads <c>/recaptcha/api.js</c> from (and where its frame comes from): recaptcha.net
    /// rather than google.com, because it is reachable from mainland China. The page's CSP allows this origin's
    /// <c>/recaptcha/</c> path and nothing else of it.
    /// </summary>
    public Uri ScriptOrigin { get; set; } = new("https://www.recaptcha.net");

    /// <summary>Where api.js fetches reCAPTCHA's own code (<c>/recaptcha/releases/…</c>); allowed in the page's CSP too.</summary>
    public Uri StaticOrigin { get; set; } = new("https://www.gstatic.com");

    public string? Secret { get; set; }

    /// <summary>Host names a token may have been issued on; a token from another site is rejected.</summary>
    public IList<string> AllowedHostnames { get; } = [];

    /// <summary>The action name the page passes to <c>grecaptcha.execute</c>.</summary>
    public string Action { get; set; } = "submit_tip";

    /// <summary>Lowest accepted score (0.0 is a bot, 1.0 a human).</summary>
    public double MinimumScore { get; set; } = 0.5;

    /// <summary>How long to wait for siteverify before falling back to the proof of work.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
