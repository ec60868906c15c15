using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Portal.Content.Common;
using Portal.Content.Delivery;
using Portal.Content.Publication;
using Portal.Content.Search;
using Portal.Content.Slugs;
using Portal.Content.Types;

namespace Portal.Web.Content.Api;

/// <summary>
/// The read-only JSON API of published content for other government sites (docs/content-api.md): anonymous, GET from
/// any origin, only live versions, answers from the output cache until a publication evicts them by tag.
/// </summary>
public static class ContentApiEndpoints
{
    public const string CorsPolicy = "ContentApi";

    /// <summary>How long browsers and proxies may keep an answer; the output cache on the server is evicted at once.</summary>
    public static readonly TimeSpan ClientMaxAge = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddContentApi(this IServiceCollection services)
    {
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").WithHeaders("Accept", "Accept-Language")));
        return services;
    }

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/content")
            .AllowAnonymous()
            .RequireCors(CorsPolicy)
            .CacheOutput(AnonymousContentCachePolicy.Name)
            .WithTags("Content API");
        api.MapGet("", ListAsync).WithName("ContentApiList");
        api.MapGet("/{id:guid}", ByIdAsync).WithName("ContentApiItem");
        api.MapGet("/{culture}/{rendition}/{slug}", BySlugAsync).WithName("ContentApiItemBySlug");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext http, ContentSearch search, IStringLocalizer<ContentApiResource> text, CancellationToken cancellationToken)
    {
        var (query, errors) = ContentApiRequest.Parse(http.Request.Query, text);
        if (query is null)
        {
            return BadRequest(errors, text);
        }

        var result = await search.SearchAsync(query, cancellationToken);
        if (!result.Succeeded)
        {
            return BadRequest(ContentApiRequest.Errors(result.Problems, text), text);
        }

        // A list shows items of its types in its cultures; any publication of one of them changes it.
        var cultures = query.Culture is { } culture ? [culture] : ContentCultures.All;
        var types = query.Type is { } type ? [type] : Enum.GetValues<ContentType>();
        Cacheable(http, [.. from t in types from c in cultures select ContentCacheTags.TypeList(t, c)]);
        return Results.Json(ContentApiJson.List(result.Value!, http.Request.PathBase), ContentApiJson.Options);
    }

    private static async Task<IResult> ByIdAsync(Guid id, HttpContext http, PublishedContent content, IStringLocalizer<ContentApiResource> text, CancellationToken cancellationToken) =>
        Item(http, await content.FindAsync(id, cancellationToken), text);

    private static async Task<IResult> BySlugAsync(
        string culture, string rendition, string slug, HttpContext http, PublishedContent content, ContentRedirects redirects,
        IStringLocalizer<ContentApiResource> text, CancellationToken cancellationToken)
    {
        if (!ContentCultures.IsSupported(culture) || !char.IsLetter(rendition[0]) || !Enum.TryParse<Rendition>(rendition, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return NotFound(text);
        }

        var item = await content.FindBySlugAsync(culture, parsed, slug, cancellationToken);
        if (item is null && await redirects.FindAsync(culture, parsed, slug, cancellationToken) is { } moved)
        {
            return Results.Redirect(ContentApiJson.ItemPath(http.Request.PathBase, moved.ItemId), permanent: moved.StatusCode == StatusCodes.Status301MovedPermanently);
        }

        return Item(http, item, text);
    }

    private static IResult Item(HttpContext http, PublishedItem? item, IStringLocalizer<ContentApiResource> text)
    {
        if (item is null)
        {
            return NotFound(text);
        }

        Cacheable(http, [ContentCacheTags.Item(item.ItemId), ContentCacheTags.Slug(item.Culture, item.Rendition, item.Slug), ContentCacheTags.VariantSet(item.VariantSetId)]);
        return Results.Json(ContentApiJson.Item(item, http.Request.PathBase), ContentApiJson.Options);
    }

    /// <summary>Tags the cached answer (the output cache reads them when it stores the response) and lets clients keep it briefly.</summary>
    private static void Cacheable(HttpContext http, IEnumerable<string> tags)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }

        http.Response.Headers[HeaderNames.CacheControl] = $"public, max-age={(int)ClientMaxAge.TotalSeconds}";
    }

    private static IResult BadRequest(Dictionary<string, string[]> errors, IStringLocalizer<ContentApiResource> text) =>
        Results.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(v => v)), title: text["BadRequest_Title"]);

    private static IResult NotFound(IStringLocalizer<ContentApiResource> text) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["NotFound_Title"], detail: text["NotFound_Detail"]);
}
