using Portal.Web.PublicSite.Downloads;
using Portal.Web.PublicSite.Hubs;
using Portal.Shared.Options;

namespace Portal.Web.PublicSite;

/// <summary>
/// The public site: home, alerts, search, audience hubs, the download centre and curriculum packs, reading pages,
/// reading preferences, the quick exit, footer filing numbers, robots.txt and sitemap.xml.
/// </summary>
public static class PublicSiteFeature
{
    public static WebApplicationBuilder AddPublicSiteFeature(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<SiteIdentityOptions>(SiteIdentityOptions.SectionName);
        services.AddValidatedOptions<QuickExitOptions>(QuickExitOptions.SectionName);
        services.AddSingleton<AlertExpiryEviction>();
        services.AddSingleton<HubReader>();
        services.AddSingleton<DownloadCatalog>();
        SharedPageAntiforgery.Decorate(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapPublicSiteFeature(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCurriculumPacks();
        endpoints.MapGet("/robots.txt", SiteMap.RobotsAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/sitemap.xml", SiteMap.SitemapAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
