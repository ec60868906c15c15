using Microsoft.Extensions.Options;

namespace Portal.Tips.AntiBot;

/// <summary>Fails start-up with one line per wrong setting, so a bad deployment is caught before the first tip.</summary>
internal sealed class AntiBotOptionsValidator : IValidateOptions<AntiBotOptions>
{
    internal const int MinimumHmacKeyLength = 32;

    /// <summary>Beyond this the work takes too long on a cheap phone.</summary>
    internal const int LargestMaxNumber = 10_000_000;

    public ValidateOptionsResult Validate(string? name, AntiBotOptions options)
    {
        var failures = new List<string>();
        const string Prefix = AntiBotOptions.SectionName + ":";

        if (string.IsNullOrWhiteSpace(options.HmacKey) || options.HmacKey.Length < MinimumHmacKeyLength)
        {
            failures.Add($"{Prefix}HmacKey: a random secret of at least {MinimumHmacKeyLength} characters is required.");
        }

        if (options.MaxNumber is < 1 or > LargestMaxNumber)
        {
            failures.Add($"{Prefix}MaxNumber: must be between 1 and {LargestMaxNumber} (about 100000 to 1000000 is usual).");
        }

        if (options.ChallengeLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}ChallengeLifetime: must be a positive time span, e.g. 00:20:00.");
        }

        var escalation = options.Escalation;
        if (escalation.Enabled)
        {
            if (escalation.HighestMaxNumber < options.MaxNumber || escalation.HighestMaxNumber > LargestMaxNumber)
            {
                failures.Add($"{Prefix}Escalation:HighestMaxNumber: must be between {Prefix}MaxNumber and {LargestMaxNumber}.");
            }

            if (escalation.Step < 1)
            {
                failures.Add($"{Prefix}Escalation:Step: must be at least 1.");
            }

            if (escalation.Window < TimeSpan.FromSeconds(10) || escalation.Window > TimeSpan.FromDays(1))
            {
                failures.Add($"{Prefix}Escalation:Window: must be between 10 seconds and 1 day.");
            }
        }

        var recaptcha = options.Recaptcha;
        if (recaptcha is { Enabled: true })
        {
            const string RecaptchaPrefix = Prefix + "Recaptcha:";
            if (recaptcha.SiteVerifyUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"{RecaptchaPrefix}SiteVerifyUrl: an absolute http(s) address is required when reCAPTCHA is enabled.");
            }

            if (string.IsNullOrWhiteSpace(recaptcha.SiteKey))
            {
                failures.Add($"{RecaptchaPrefix}SiteKey: required when reCAPTCHA is enabled.");
            }

            if (!IsScriptOrigin(recaptcha.ScriptOrigin))
            {
                failures.Add($"{RecaptchaPrefix}ScriptOrigin: an https origin without a path is required, e.g. https://www.recaptcha.net.");
            }

            if (!IsScriptOrigin(recaptcha.StaticOrigin))
            {
                failures.Add($"{RecaptchaPrefix}StaticOrigin: an https origin without a path is required, e.g. https://www.gstatic.com.");
            }

            if (string.IsNullOrWhiteSpace(recaptcha.Secret))
            {
                failures.Add($"{RecaptchaPrefix}Secret: required when reCAPTCHA is enabled.");
            }

            if (!recaptcha.AllowedHostnames.Any(host => !string.IsNullOrWhiteSpace(host)))
            {
                failures.Add($"{RecaptchaPrefix}AllowedHostnames: at least one host name is required when reCAPTCHA is enabled.");
            }

            if (string.IsNullOrWhiteSpace(recaptcha.Action))
            {
                failures.Add($"{RecaptchaPrefix}Action: required when reCAPTCHA is enabled.");
            }

            if (recaptcha.MinimumScore is < 0 or > 1 || double.IsNaN(recaptcha.MinimumScore))
            {
                failures.Add($"{RecaptchaPrefix}MinimumScore: must be between 0.0 and 1.0.");
            }

            if (recaptcha.Timeout <= TimeSpan.Zero)
            {
                failures.Add($"{RecaptchaPrefix}Timeout: must be a positive time span, e.g. 00:00:05.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// A script origin goes into the page and its CSP, so it must be exactly an origin, over https; plain http
    /// only on this machine, for a local stand-in in tests.
    /// </summary>
    private static bool IsScriptOrigin(Uri? origin) =>
        origin is { IsAbsoluteUri: true, AbsolutePath: "/", Query: "", Fragment: "", UserInfo: "" }
        && (origin.Scheme == Uri.UriSchemeHttps || (origin.Scheme == Uri.UriSchemeHttp && origin.IsLoopback));
}
