using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Slugs;

/// <summary>Where an old slug leads now.</summary>
public sealed record RedirectTarget(Guid ItemId, string Culture, Rendition Rendition, string Slug, int StatusCode);

/// <summary>Resolves old slugs for the public site (which answers with the status code and the item's current path).</summary>
public sealed class ContentRedirects(ContentContexts contexts)
{
    /// <summary>The redirect for a slug that is not (or no longer) an item's, or null.</summary>
    public async Task<RedirectTarget?> FindAsync(string culture, Rendition rendition, string slug, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from r in context.Set<Redirect>()
                      join i in context.Set<ContentItem>() on r.ItemId equals i.Id
                      where r.Culture == culture && r.Rendition == rendition && r.FromSlug == slug && !i.IsDeleted && i.PublishedVersionId != null
                      select new RedirectTarget(i.Id, i.Culture, i.Rendition, i.Slug, r.StatusCode)).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    internal async Task<IReadOnlyList<Redirect>> OfItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<Redirect>().AsNoTracking().Where(r => r.ItemId == itemId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
    }
}
