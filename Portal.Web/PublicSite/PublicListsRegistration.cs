using Portal.Web.PublicSite.Downloads;
using Portal.Web.PublicSite.Hubs;

namespace Portal.Web.PublicSite;

/// <summary>The audience hubs and the download centre: public lists of live content and its files.</summary>
public static class PublicListsRegistration
{
    public static IServiceCollection AddPublicLists(this IServiceCollection services)
    {
        services.AddSingleton<HubReader>();
        services.AddSingleton<DownloadCatalog>();
        return services;
    }
}
