using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Taxonomy;

namespace Portal.Content.Publication;

/// <summary>Builds the cache tags of a change and tells every registered listener.</summary>
public sealed partial class PublicationNotifier(IEnumerable<IContentPublicationListener> listeners, ILogger<PublicationNotifier> logger)
{
    internal static async Task<IReadOnlyList<string>> TagsAsync(
        ContentDbContext context, ContentItem item, string? previousSlug, IEnumerable<Guid?> versionIds, CancellationToken cancellationToken)
    {
        var ids = versionIds.OfType<Guid>().Distinct().ToList();
        var terms = await (from vt in context.Set<VersionTerm>()
                           join t in context.Set<Term>() on vt.TermId equals t.Id
                           where ids.Contains(vt.VersionId)
                           select new { t.Vocabulary, t.Key }).Distinct().ToListAsync(cancellationToken);
        var tags = new List<string>
        {
            ContentCacheTags.Item(item.Id),
            ContentCacheTags.Slug(item.Culture, item.Rendition, item.Slug),
            ContentCacheTags.TypeList(item.Type, item.Culture),
            ContentCacheTags.VariantSet(item.VariantSetId),
        };
        if (previousSlug is not null && previousSlug != item.Slug)
        {
            tags.Add(ContentCacheTags.Slug(item.Culture, item.Rendition, previousSlug));
        }

        tags.AddRange(terms.OrderBy(t => t.Vocabulary).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => ContentCacheTags.Term(t.Vocabulary, t.Key)));
        return tags;
    }

    internal async Task NotifyAsync(ContentPublicationChange change)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnPublicationChangedAsync(change, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                LogListenerFailed(exception, listener.GetType().Name, change.ItemId, change.Kind);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publication listener {Listener} failed for item {ItemId} ({Kind}); its caches may be stale.")]
    private partial void LogListenerFailed(Exception exception, string listener, Guid itemId, PublicationChangeKind kind);
}
