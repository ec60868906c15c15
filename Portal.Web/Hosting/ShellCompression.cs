using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// Brotli and gzip for text responses, also over HTTPS, except where BREACH could recover a secret: a compressed
/// response whose length an attacker can watch while they inject text into it leaks secrets in the same body. So
/// nothing is compressed for a signed-in person, in the staff, account, report, volunteer and preferences areas (their
/// pages carry antiforgery tokens in forms and tip receipts, and echo what was typed). A cookie in a header is not at
/// risk: headers are not part of the compressed body. What is left — published content, static files, robots and
/// sitemap — has no secret to leak. Static assets are served pre-compressed by <c>MapStaticAssets</c> and pass as they are.
/// </summary>
public sealed class ShellCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    private static readonly string[] SecretBearingAreas = ["/staff", "/_blazor", "/account", "/report", "/en/report", "/volunteer", "/en/volunteer", "/preferences", "/en/preferences", "/culture"];

    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true
            || SecretBearingAreas.Any(area => context.Request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return base.ShouldCompressResponse(context);
    }
}
