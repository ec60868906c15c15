using Portal.Web.Components;
using Portal.Web.Content;
using Portal.Web.Police;
using Portal.Web.PublicSite;
using Portal.Web.Reporting;

namespace Portal.Web.Hosting;

/// <summary>The middleware in its order, with each feature's own step in its place, and the site-wide endpoints.</summary>
public static class PortalPipeline
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        // First: everything after it (client buckets, IsHttps, redirects, absolute links) sees the client as the
        // trusted proxy reported it. With no proxy configured the headers are ignored.
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
        if (SitePathBase.FromOrNull(app.Configuration) is { } pathBase)
        {
            // Right after the forwarded headers, and followed by routing: endpoints must be matched on the path without the base.
            app.UsePathBase(pathBase);
            app.UseRouting();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                CreateScopeForErrors = true,
                StatusCodeSelector = RequestErrors.StatusCodeFor,
                SuppressDiagnosticsCallback = RequestErrors.SuppressDiagnostics,
            });
            app.UseHsts();
        }

        // Outside the output cache, so cached pages are compressed too (the cache keeps them uncompressed).
        app.UseResponseCompression();
        app.UseSecurityHeaders();
        app.UseNoStore();
        app.UseReportingHeaders();
        // Before the status pages, so a re-executed 404 keeps the reader's language.
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseErrorPagesAsPages();
        app.UseContentFeature();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the content policy looks at the user to keep signed-in responses out of the cache.
        app.UseOutputCache();
        app.UsePoliceFeature();
        app.UseReportFormUploads();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Static files, health, the language switch and the Razor pages; each feature maps its own endpoints.</summary>
    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapPortalHealth();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithNoRenderModesOnStaticPages();
        return app;
    }
}
