namespace Portal.Web.Hosting;

/// <summary>
/// Headers on every response. Public and account pages get a strict CSP (no inline script or style; workers only
/// from the site itself, for the report form's proof of work);
/// the interactive staff area needs inline styles for MudBlazor and a WebSocket to its own origin.
/// A page that must load a third party's script (the report page with reCAPTCHA turned on) gets its own
/// policy through <see cref="UsePolicy"/>.
/// </summary>
public static class SecurityHeaders
{
    public const string PublicPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string StaffPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string PolicyItem = "Portal.ContentSecurityPolicy";

    /// <summary>The public policy, with scripts and frames also allowed from exactly the given sources.</summary>
    public static string PublicPolicyAllowing(IEnumerable<string> scriptSources, IEnumerable<string> frameSources) =>
        PublicPolicy.Replace("script-src 'self';", $"script-src 'self' {string.Join(' ', scriptSources)};", StringComparison.Ordinal)
        + $"; frame-src 'self' {string.Join(' ', frameSources)}";

    /// <summary>Sends <paramref name="policy"/> instead of the default for this response.</summary>
    public static void UsePolicy(HttpContext context, string policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[PolicyItem] = policy;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var staff = context.Request.Path.StartsWithSegments("/staff") || context.Request.Path.StartsWithSegments("/_blazor");
                headers.ContentSecurityPolicy = context.Items.TryGetValue(PolicyItem, out var chosen) && chosen is string policy
                    ? policy
                    : staff ? StaffPolicy : PublicPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
