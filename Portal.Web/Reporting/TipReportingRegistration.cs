using Portal.Web.Hosting;

namespace Portal.Web.Reporting;

public static class TipReportingRegistration
{
    public static IServiceCollection AddTipReportingPages(this IServiceCollection services)
    {
        services.AddSingleton<TipReceiptLinks>();
        services.AddOptions<TipSubmissionLimitOptions>().BindConfiguration(TipSubmissionLimitOptions.SectionName);
        services.AddSingleton<TipSubmissionLimits>();
        services.AddSingleton<ReportPageRecaptcha>();
        services.AddSingleton<RetentionNotice>();
        return services;
    }

    /// <summary>Nothing on the tip routes may be kept by a browser, a proxy or the output cache.</summary>
    public static IApplicationBuilder UseNoStoreOnTipRoutes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/report"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });

    /// <summary>With reCAPTCHA on, the report page's CSP also allows its script and frame origins; nothing else changes.</summary>
    public static IApplicationBuilder UseRecaptchaPolicyOnReportPage(this IApplicationBuilder app) =>
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
