using Microsoft.AspNetCore.Authorization;
using Portal.Tips.Volunteers.Vetting;
using Portal.Web.Identity;

namespace Portal.Web.Volunteers;

public static class VolunteerPagesRegistration
{
    public static IServiceCollection AddVolunteerPages(this IServiceCollection services)
    {
        services.Configure<AuthorizationOptions>(options => options.AddVolunteerPolicies());
        services.AddSingleton<IVolunteerAccounts, VolunteerAccounts>();
        services.AddSingleton<VolunteerPublicLimits>();
        services.AddTransient<DevelopmentVolunteerDemo>();
        return services;
    }
}
