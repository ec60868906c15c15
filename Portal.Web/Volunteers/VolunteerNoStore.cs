namespace Portal.Web.Volunteers;

public static class VolunteerNoStore
{
    /// <summary>Volunteer pages carry personal data (a sign-up form, a profile, an ID number in the download): never cached.</summary>
    public static IApplicationBuilder UseNoStoreOnVolunteerRoutes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/volunteer") || context.Request.Path.StartsWithSegments("/staff/volunteers"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
}
