using Portal.Content.Media;
using Portal.Web.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Content.Media;

/// <summary>
/// Media files for readers and for staff. <c>/media/{id}</c> is the original, <c>/media/{id}/{rendition}</c> a
/// rendition of an image (<c>thumb</c>, <c>w480</c>, <c>w960</c>, <c>w1600</c>). The public route serves only files that
/// a live version of a published item uses (anything else is a 404, like an id that does not exist), cacheable by
/// anyone for an hour; the staff route serves any file of the departments the person sees, kept by no one.
/// </summary>
public static class MediaFileEndpoints
{
    public const string PublicPattern = "/media/{assetId:guid}/{rendition?}";
    public const string StaffPattern = "/staff/media/{assetId:guid}/{rendition?}";

    /// <summary>An hour: a file taken offline with its page stops being served by caches soon after.</summary>
    public const string PublicCacheControl = "public, max-age=3600";

    public static string PublicUrl(Guid assetId, string? rendition = null) => rendition is null ? $"/media/{assetId}" : $"/media/{assetId}/{rendition}";

    public static string StaffUrl(Guid assetId, string? rendition = null) => rendition is null ? $"/staff/media/{assetId}" : $"/staff/media/{assetId}/{rendition}";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PublicPattern, [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, Guid assetId, string? rendition, MediaLibrary library) =>
            {
                if (await library.FindPublicFileAsync(assetId, rendition, context.RequestAborted) is not { } file)
                {
                    return Results.NotFound();
                }

                await MediaFileResponse.SendAsync(context, library, file, PublicCacheControl);
                await Portal.Web.Oversight.MediaDownloadCounting.CountIfDownloadAsync(context, assetId, rendition);
                return Results.Empty;
            })
            .AllowAnonymous();
        endpoints.MapMethods(StaffPattern, [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, Guid assetId, string? rendition, MediaLibrary library) =>
            {
                if (context.User.ToContentActor() is not { } actor)
                {
                    return Results.Forbid();
                }

                if (await library.FindStaffFileAsync(actor, assetId, rendition, context.RequestAborted) is not { } file)
                {
                    return Results.NotFound();
                }

                await MediaFileResponse.SendAsync(context, library, file, "private, no-store");
                return Results.Empty;
            })
            .RequireAuthorization(PortalPolicies.ContentFiles)
            .WithNoStore();
        return endpoints;
    }
}
