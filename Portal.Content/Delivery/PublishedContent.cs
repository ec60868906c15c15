using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Delivery;

/// <summary>Reads live versions for anonymous readers: an item that is not published (or deleted) does not exist here.</summary>
public sealed class PublishedContent(ContentContexts contexts, TimeProvider time)
{
    public async Task<PublishedItem?> FindAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(context, context.Set<ContentItem>().Where(i => i.Id == itemId), cancellationToken);
    }

    /// <summary>The item that has this slug now (an old slug is the redirects' business: <see cref="Slugs.ContentRedirects"/>).</summary>
    public async Task<PublishedItem?> FindBySlugAsync(string culture, Rendition rendition, string slug, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadAsync(context, context.Set<ContentItem>().Where(i => i.Culture == culture && i.Rendition == rendition && i.Slug == slug), cancellationToken);
    }

    /// <summary>
    /// Where every live item can be read (for the sitemap): the items with a published version that are not deleted and
    /// not marked <c>noindex</c>, in both cultures and every rendition, with when they were last published. An alert whose
    /// expiry (or scheduled unpublication) has passed is left out at once, as the alert lists leave it out
    /// (<see cref="Alerts.ActiveAlerts"/>), though the scheduler unpublishes it only on its next round.
    /// </summary>
    public async Task<IReadOnlyList<PublishedAddress>> ListIndexableAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from i in context.Set<ContentItem>().AsNoTracking()
                          join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                          where !i.IsDeleted && !v.NoIndex && i.Type != ContentType.Alert
                          select new { i.Culture, i.Rendition, i.Slug, ItemPublishedAt = i.PublishedAt, VersionPublishedAt = v.PublishedAt })
            .ToListAsync(cancellationToken);
        var alerts = await (from i in context.Set<ContentItem>().AsNoTracking()
                            join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                            where !i.IsDeleted && !v.NoIndex && i.Type == ContentType.Alert && (i.UnpublishAt == null || i.UnpublishAt > now)
                            select new { i.Culture, i.Rendition, i.Slug, ItemPublishedAt = i.PublishedAt, Version = v })
            .ToListAsync(cancellationToken);
        var liveAlerts = alerts
            .Where(a => a.Version.ReadFields() is not AlertFields fields || fields.ExpiresAt > now)
            .Select(a => new { a.Culture, a.Rendition, a.Slug, a.ItemPublishedAt, VersionPublishedAt = a.Version.PublishedAt });
        return [.. rows.Concat(liveAlerts)
            .Select(r => new PublishedAddress(r.Culture, r.Rendition, r.Slug, r.ItemPublishedAt ?? r.VersionPublishedAt))
            .OrderBy(a => a.Culture == ContentCultures.Chinese ? 0 : 1).ThenBy(a => a.Slug, StringComparer.Ordinal).ThenBy(a => a.Rendition)];
    }

    /// <summary>
    /// The one rule of what readers may see, shared with the public page's <see cref="Reading.ContentReader"/>: the
    /// published version of an item that is not deleted; null when there is none.
    /// </summary>
    internal static async Task<(ContentItem Item, ContentVersion Version)?> LiveAsync(
        ContentDbContext context, IQueryable<ContentItem> items, CancellationToken cancellationToken)
    {
        var row = await (from i in items.AsNoTracking()
                         join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                         where !i.IsDeleted
                         select new { Item = i, Version = v }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Item, row.Version);
    }

    private static async Task<PublishedItem?> ReadAsync(ContentDbContext context, IQueryable<ContentItem> items, CancellationToken cancellationToken)
    {
        if (await LiveAsync(context, items, cancellationToken) is not var (item, version))
        {
            return null;
        }

        var culture = item.Culture;
        var terms = await (from vt in context.Set<VersionTerm>()
                           join t in context.Set<Term>() on vt.TermId equals t.Id
                           where vt.VersionId == version.Id
                           orderby t.Vocabulary, t.SortOrder, t.Key
                           select new PublishedTerm(
                               t.Vocabulary, t.Key,
                               context.Set<TermLabel>().Where(l => l.TermId == t.Id && l.Culture == culture).Select(l => l.Label).FirstOrDefault() ?? t.Key))
            .ToListAsync(cancellationToken);
        var variants = await context.Set<ContentItem>().AsNoTracking()
            .Where(i => i.VariantSetId == item.VariantSetId && i.Id != item.Id && !i.IsDeleted && i.PublishedVersionId != null)
            .OrderBy(i => i.Culture == ContentCultures.Chinese ? 0 : 1).ThenBy(i => i.Culture).ThenBy(i => i.Rendition)
            .Select(i => new { i.Id, i.Culture, i.Rendition, i.Slug, LiveTitle = context.Set<ContentVersion>().Where(v => v.Id == i.PublishedVersionId).Select(v => v.Title).First() })
            .ToListAsync(cancellationToken);
        return new PublishedItem(
            item.Id, version.Id, item.VariantSetId, item.Type, item.Culture, item.Rendition, item.Slug, version.Title, version.Summary, version.Number,
            item.PublishedAt ?? version.PublishedAt ?? default, item.FirstPublishedAt, item.UnpublishAt, version.BodyJson, version.FieldsJson,
            version.MetaTitle, version.MetaDescription, version.SeoImageAssetId, version.NoIndex, terms,
            [.. variants.Select(v => new PublishedVariant(v.Id, v.Culture, v.Rendition, v.Slug, v.LiveTitle))]);
    }
}
