namespace Portal.Web.TipReporting;

public static class TipReportingRegistration
{
    public static IServiceCollection AddTipReportingPages(this IServiceCollection services)
    {
        services.AddSingleton<TipReceiptLinks>();
        services.AddOptions<TipSubmissionLimitOptions>().BindConfiguration(TipSubmissionLimitOptions.SectionName);
        services.AddSingleton<TipSubmissionLimits>();
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
}
