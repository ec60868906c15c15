using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Content;

/// <summary>
/// Tags a public content response for the output cache with the tags of <see cref="Portal.Content.Publication.ContentCacheTags"/>
/// (item, slug, variant set: <see cref="Portal.Content.Reading.RenderedContent.CacheTags"/>), so publishing evicts exactly
/// the affected pages. Does nothing while no output-cache policy applies to the request; the policy itself (anonymous
/// readers only) is configured with the output cache.
/// </summary>
public static class PublicContentCache
{
    public static void Tag(HttpContext context, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tags);
        if (context.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Context.Tags.Add(tag);
            }
        }
    }
}
