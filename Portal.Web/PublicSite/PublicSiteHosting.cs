using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Portal.Web.PublicSite;

/// <summary>The public site's shell: footer filing numbers, response compression, robots.txt and sitemap.xml.</summary>
public static class PublicSiteHosting
{
    public static IServiceCollection AddPublicSiteShell(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SiteIdentityOptions>(configuration.GetSection(SiteIdentityOptions.Section));
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        // Pages are compressed on every request (the output cache keeps them uncompressed): the fastest levels keep that cheap.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ShellCompression>();
        SharedPageAntiforgery.Decorate(services);
        return services;
    }

    /// <summary>Outside the output cache, so cached pages are compressed too (the cache keeps them uncompressed).</summary>
    public static IApplicationBuilder UsePublicSiteCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    public static IEndpointRouteBuilder MapPublicSiteFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", SiteMap.RobotsAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet("/sitemap.xml", SiteMap.SitemapAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
