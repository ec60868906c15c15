using Portal.Web.Content.Api;
using Portal.Web.Content.Media;

namespace Portal.Web.Content;

/// <summary>The content manager, the media library, media files for readers and the JSON API for other sites.</summary>
public static class ContentFeature
{
    public static WebApplicationBuilder AddContentFeature(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddContentPolicies();
        services.AddSingleton<ContentPeople>();
        services.AddTransient<DevelopmentContentGrants>();
        services.AddScoped<SiteLinks>();
        services.AddPublicContentOutputCache();
        services.AddSingleton<LiveContentCache>();
        services.AddContentApi();
        return builder;
    }

    /// <summary>Right after the status pages: an upload's refusal must reach the uploading script as it is.</summary>
    public static IApplicationBuilder UseContentFeature(this IApplicationBuilder app) => app.UseMediaUploadWithoutStatusPages();

    public static IEndpointRouteBuilder MapContentFeature(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMediaUpload();
        endpoints.MapMediaFiles();
        endpoints.MapContentApi();
        return endpoints;
    }
}
