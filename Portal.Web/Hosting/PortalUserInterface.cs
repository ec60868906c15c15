using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using Portal.Web.Components;
using Portal.Web.Content.Media;
using Portal.Web.Content.Api;
using Portal.Web.Content;
using Portal.Web.Identity;
using Portal.Web.Oversight;
using Portal.Web.Police;
using Portal.Web.PublicSite;
using Portal.Web.PublicSite.Downloads;
using Portal.Web.Reporting;
using Portal.Web.Rewards;
using Portal.Web.Volunteers;

namespace Portal.Web.Hosting;

public static class PortalUserInterface
{
    public static WebApplicationBuilder AddPortalUserInterface(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // Chinese text goes out as UTF-8 characters, not as &#x…; entities three times its size.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTipReportingPages();
        builder.Services.AddRewardPages();
        builder.Services.AddPoliceDesk();
        builder.Services.AddVolunteerPages();
        builder.Services.AddContentApi();
        builder.Services.AddContentManager();
        builder.Services.AddSingleton<PublicSite.AlertExpiryEviction>();
        builder.Services.AddScoped<OversightViews>();
        builder.Services.AddPublicLists();
        builder.Services.AddPublicSiteShell(builder.Configuration);
        return builder;
    }

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        if (SitePathBase.FromOrNull(app.Configuration) is { } pathBase)
        {
            // First, and followed by routing: endpoints must be matched on the path without the base.
            app.UsePathBase(pathBase);
            app.UseRouting();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UsePublicSiteCompression();
        app.UseSecurityHeaders();
        app.UseNoStoreOnTipRoutes();
        app.UseNoStoreOnVolunteerRoutes();
        app.UseRecaptchaPolicyOnReportPage();
        // Before the status pages, so a re-executed 404 keeps the reader's language.
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseMediaUploadWithoutStatusPages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication: the content policy looks at the user to keep signed-in responses out of the cache.
        app.UseOutputCache();
        app.UseTipPageScope();
        app.UseMiddleware<ReportFormUploads>();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapPortalHealth();
        app.MapCultureSwitch();
        app.MapAccountEndpoints();
        app.MapTipAttachmentUpload();
        app.MapTipAttachmentDownloads();
        app.MapMediaUpload();
        app.MapMediaFiles();
        app.MapCurriculumPacks();
        app.MapOversightCsv();
        app.MapVolunteerEndpoints();
        app.MapContentApi();
        app.MapPublicSiteFiles();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
