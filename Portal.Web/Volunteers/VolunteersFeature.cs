using Microsoft.AspNetCore.Authorization;
using Portal.Tips.Volunteers.Vetting;
using Portal.Web.Identity;

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

    public static IEndpointRouteBuilder MapVolunteersFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapVolunteerEndpoints();
}
