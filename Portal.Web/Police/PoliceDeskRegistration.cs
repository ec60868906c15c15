using Portal.Web.Identity;

namespace Portal.Web.Police;

public static class PoliceDeskRegistration
{
    public static IServiceCollection AddPoliceDesk(this IServiceCollection services)
    {
        services.AddScoped<StaffSession>();
        services.AddSingleton<StaffDirectory>();
        return services;
    }
}
