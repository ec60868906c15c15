using Portal.Web.Hosting;
using Portal.Shared.Options;

namespace Portal.Web.Reporting;

/// <summary>The public tip form, its receipt and the reporter's follow-up pages (the Tips module does the work).</summary>
public static class ReportingFeature
{
    public static WebApplicationBuilder AddReportingFeature(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ReporterTokens>();
        services.AddValidatedOptions<TipSubmissionLimitOptions>(TipSubmissionLimitOptions.SectionName);
        services.AddSingleton<TipSubmissionLimits>();
        services.AddSingleton<UnverifiedTipBreaker>();
        services.AddSingleton<ReportPageRecaptcha>();
        services.AddSingleton<RetentionNotice>();
        return builder;
    }

    /// <summary>Early in the pipeline: the report page's content-security policy.</summary>
    public static IApplicationBuilder UseReportingHeaders(this IApplicationBuilder app) => app.UseRecaptchaPolicyOnReportPage();

    /// <summary>After authentication and before antiforgery: files sent with the report form are staged first.</summary>
    public static IApplicationBuilder UseReportFormUploads(this IApplicationBuilder app) => app.UseMiddleware<ReportFormUploads>();

    public static IEndpointRouteBuilder MapReportingFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapTipAttachmentUpload();

    /// <summary>With reCAPTCHA on, the report page's CSP also allows its script and frame origins; nothing else changes.</summary>
    private static IApplicationBuilder UseRecaptchaPolicyOnReportPage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // Resolved per request, not while the pipeline is built: a wrong setting then stops the host the
            // usual way (start-up validation, one line naming the setting).
            if (ReportPageRecaptcha.IsReportPage(context.Request.Path)
                && context.RequestServices.GetRequiredService<ReportPageRecaptcha>() is { Enabled: true } recaptcha)
            {
                SecurityHeaders.UsePolicy(context, recaptcha.ContentSecurityPolicy);
            }

            await next(context);
        });
}
