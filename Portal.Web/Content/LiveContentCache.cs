using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Content.Common;
using Portal.Content.Publication;
using Portal.Content.Reading;

namespace Portal.Web.Content;

/// <summary>
/// The live items public pages render, kept in this node's memory for a short while so that a render the output cache
/// does not answer (another query string, another reading preference, a signed-in reader) reads no database.
/// <para>
/// Correct with several nodes because it is evicted exactly as the output cache is: each item held here has a small
/// marker in the output-cache store (Redis when configured, so shared by every node) tagged with the item's cache
/// tags and those of the items it links to. A publication change evicts those tags (<see cref="OutputCacheEviction"/>),
/// which removes the marker on every node at once; the next render on any node finds its copy's marker gone and reads
/// the database. With Redis down the store keeps nothing, so every render reads the database.
/// </para>
/// <para>
/// Like the output cache itself, a render that read the item just before a publication committed and stores its marker
/// just after the eviction keeps the old item; <see cref="Lifetime"/> bounds that, and what nothing evicts (a linked
/// item's expiry, a term's new label).
/// </para>
/// </summary>
public sealed class LiveContentCache(ContentReader reader, IOutputCacheStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    /// <summary>More items than a node renders within <see cref="Lifetime"/>; past it the copies are dropped and re-read.</summary>
    internal const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Held> held = new(StringComparer.Ordinal);

    /// <summary>The live version of the item with this slug, as <see cref="ContentReader.LiveBySlugAsync"/> answers.</summary>
    public async Task<RenderedContent?> LiveBySlugAsync(string culture, Rendition rendition, string slug, CancellationToken cancellationToken = default)
    {
        var key = MarkerKey(culture, rendition, slug);
        var marker = await store.GetAsync(key, cancellationToken);
        var now = time.GetUtcNow();
        if (marker is not null && held.TryGetValue(key, out var copy) && copy.Until > now && copy.Marker.AsSpan().SequenceEqual(marker))
        {
            return copy.Content;
        }

        var content = await reader.LiveBySlugAsync(culture, rendition, slug, cancellationToken);
        if (content is null)
        {
            held.TryRemove(key, out _);
            return null;
        }

        if (marker is null)
        {
            marker = Guid.NewGuid().ToByteArray();
            await store.SetAsync(key, marker, TagsOf(content), Lifetime, cancellationToken);
        }

        if (held.Count >= Capacity)
        {
            held.Clear();
        }

        held[key] = new Held(marker, content, now + Lifetime);
        return content;
    }

    /// <summary>Its own key space in the output-cache store: the cache's own keys start with the request method.</summary>
    internal static string MarkerKey(string culture, Rendition rendition, string slug) => $"live-content\n{culture}\n{rendition}\n{slug}";

    /// <summary>The page's tags, and each linked item's: a linked item's title and summary show on the page.</summary>
    internal static string[] TagsOf(RenderedContent content) =>
        [.. content.CacheTags, .. content.Links.Keys.Select(ContentCacheTags.Item)];

    private sealed record Held(byte[] Marker, RenderedContent Content, DateTimeOffset Until);
}
