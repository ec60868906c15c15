using Microsoft.AspNetCore.Authorization;
using Portal.Tips.Volunteers.Vetting;

namespace Portal.Web.Volunteers;

/// <summary>Volunteer sign-up, the volunteer's own pages and the coordinators' pages.</summary>
public static class VolunteersFeature
{
    public static WebApplicationBuilder AddVolunteersFeature(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthorizationOptions>(options => options.AddVolunteerPolicies());
        services.AddSingleton<IVolunteerAccounts, VolunteerAccounts>();
        services.AddSingleton<VolunteerPublicLimits>();
        services.AddTransient<DevelopmentVolunteerDemo>();
        return builder;
    }

    /// <summary>Volunteer pages carry personal data (a sign-up form, a profile, an ID number in the download): never cached.</summary>
    public static IApplicationBuilder UseVolunteersFeature(this IApplicationBuilder app) =>
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

    public static IEndpointRouteBuilder MapVolunteersFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapVolunteerEndpoints();
}
