using Microsoft.Extensions.Options;
using Portal.Tips.AntiBot;
using Portal.Web.Hosting;

namespace Portal.Web.Reporting;

/// <summary>
/// reCAPTCHA v3 on the report page, when <c>Tips:AntiBot:Recaptcha:Enabled</c> is on: the script to load, the
/// key and action to run it with, and the page's CSP, which allows exactly the configured origins' reCAPTCHA
/// paths. Off (the default), the page loads nothing from another origin and its CSP names none.
/// </summary>
public sealed class ReportPageRecaptcha
{
    /// <summary>The hidden field recaptcha.js fills with the token (reCAPTCHA's own name for it).</summary>
    public const string TokenField = "g-recaptcha-response";

    public ReportPageRecaptcha(IOptions<AntiBotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value.Recaptcha;
        Enabled = settings.Enabled;
        if (!Enabled)
        {
            return;
        }

        SiteKey = settings.SiteKey!;
        Action = settings.Action;
        ScriptOrigin = Origin(settings.ScriptOrigin);
        ScriptUrl = $"{ScriptOrigin}/recaptcha/api.js?render={Uri.EscapeDataString(SiteKey)}";
        ContentSecurityPolicy = SecurityHeaders.PublicPolicyAllowing(
            [$"{ScriptOrigin}/recaptcha/", $"{Origin(settings.StaticOrigin)}/recaptcha/"],
            [$"{ScriptOrigin}/recaptcha/"]);
    }

    public bool Enabled { get; }

    public string SiteKey { get; } = "";

    public string Action { get; } = "";

    /// <summary>e.g. https://www.recaptcha.net, named to the reporter in the notice next to the submit button.</summary>
    public string ScriptOrigin { get; } = "";

    public string ScriptUrl { get; } = "";

    public string ContentSecurityPolicy { get; } = SecurityHeaders.PublicPolicy;

    /// <summary>The report form itself (not the receipt or the follow-up pages, which load no reCAPTCHA).</summary>
    public static bool IsReportPage(PathString path) => Portal.Web.PublicSite.PublicUrls.IsPageInEitherLanguage(path, Portal.Web.PublicSite.PublicUrls.Report);

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
