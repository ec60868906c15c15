using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Delivery;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;

namespace Portal.Content.Reading;

/// <summary>
/// Reads versions for the public page components: the live version of an item by its slug (anonymous, the public
/// site), and any version of an item for the staff preview (only in a department where the person holds a role).
/// </summary>
public sealed class ContentReader(ContentContexts contexts)
{
    /// <summary>The live version of the item with this slug in this culture and rendition, or null (then ask <see cref="Slugs.ContentRedirects"/>).</summary>
    public async Task<RenderedContent?> LiveBySlugAsync(string culture, Rendition rendition, string slug, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await LiveBySlug.For(context)(context, culture, rendition, slug);
        return live is null ? null : await RenderAsync(context, live.Item, live.Version, cancellationToken);
    }

    /// <summary>Every uncached public page render asks this: compiled once, not looked up in the query cache each time.</summary>
    private static readonly CompiledPerModel<Func<ContentDbContext, string, Rendition, string, Task<LiveRow?>>> LiveBySlug = new(() => EF.CompileAsyncQuery(
        (ContentDbContext context, string culture, Rendition rendition, string slug) =>
            (from i in context.Set<ContentItem>().AsNoTracking()
             join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
             where i.Culture == culture && i.Rendition == rendition && i.Slug == slug && !i.IsDeleted
             select new LiveRow { Item = i, Version = v }).FirstOrDefault()));

    /// <summary>A version of an item as the public page would show it, for the staff preview.</summary>
    public async Task<ContentResult<RenderedContent>> PreviewAsync(ContentActor actor, Guid itemId, Guid versionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        var version = item is null
            ? null
            : await context.Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId && v.ItemId == itemId, cancellationToken);
        if (item is null || version is null)
        {
            return ContentResult.NotFound<RenderedContent>("versionId");
        }

        if (!actor.IsSystem && !actor.IsAdministrator
            && !(await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken)).Contains(item.OwnerDepartmentId))
        {
            return ContentResult.Forbidden<RenderedContent>(ContentCodes.AccessDenied);
        }

        return ContentResult.Success(await RenderAsync(context, item, version, cancellationToken));
    }

    /// <summary>One context and at most three queries after the item itself: linked items (only when there are any), terms and variants.</summary>
    private static async Task<RenderedContent> RenderAsync(ContentDbContext context, ContentItem item, ContentVersion version, CancellationToken cancellationToken)
    {
        var blocks = version.ReadBlocks();
        var fields = version.ReadFields();
        var linkedIds = blocks.SelectMany(b => b.ItemReferences())
            .Concat(fields.ItemReferences().Select(r => r.ItemId))
            .Distinct()
            .ToList();
        var linked = linkedIds.Count == 0 ? new Dictionary<Guid, LinkedItem>() : await LinkedAsync(context, linkedIds, cancellationToken);
        var terms = await ContentTaxonomy.TermsOfVersionAsync(context, version.Id, item.Culture, cancellationToken);
        var others = await ContentVariants.OfSetAsync(context, item.VariantSetId, cancellationToken);
        return new RenderedContent(
            item.Id, item.Type, item.Culture, item.Rendition, item.VariantSetId, version.Id, version.Number, version.Title, version.Summary,
            version.Id == item.PublishedVersionId ? item.Slug : version.Slug,
            blocks, fields, version.Seo, terms, others, linked, version.PublishedAt ?? item.PublishedAt, version.Id == item.PublishedVersionId);
    }

    /// <summary>The linked items with their live title and summary (the item's own title when it is not live).</summary>
    private static async Task<Dictionary<Guid, LinkedItem>> LinkedAsync(ContentDbContext context, List<Guid> linkedIds, CancellationToken cancellationToken)
    {
        var links = await context.Set<ContentItem>().AsNoTracking()
            .Where(i => linkedIds.Contains(i.Id) && !i.IsDeleted)
            .Select(i => new
            {
                i.Id, i.Type, i.Culture, i.Rendition, i.Slug, i.Title,
                Live = context.Set<ContentVersion>().Where(v => v.Id == i.PublishedVersionId).Select(v => new { v.Title, v.Summary }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return links.ToDictionary(
            l => l.Id,
            l => l.Live is { } live
                ? new LinkedItem(l.Id, l.Type, l.Culture, l.Rendition, l.Slug, live.Title, live.Summary, IsLive: true)
                : new LinkedItem(l.Id, l.Type, l.Culture, l.Rendition, l.Slug, l.Title, null, IsLive: false));
    }

    private sealed class LiveRow
    {
        public required ContentItem Item { get; init; }

        public required ContentVersion Version { get; init; }
    }
}
