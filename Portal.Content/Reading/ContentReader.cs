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
public sealed class ContentReader(ContentContexts contexts, ContentTaxonomy taxonomy, ContentVariants variants)
{
    /// <summary>The live version of the item with this slug in this culture and rendition, or null (then ask <see cref="Slugs.ContentRedirects"/>).</summary>
    public async Task<RenderedContent?> LiveBySlugAsync(string culture, Rendition rendition, string slug, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await PublishedContent.LiveAsync(
            context, context.Set<ContentItem>().Where(i => i.Culture == culture && i.Rendition == rendition && i.Slug == slug), cancellationToken);
        return live is var (item, version) ? await RenderAsync(context, item, version, cancellationToken) : null;
    }

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

    private async Task<RenderedContent> RenderAsync(ContentDbContext context, ContentItem item, ContentVersion version, CancellationToken cancellationToken)
    {
        var blocks = version.ReadBlocks();
        var fields = version.ReadFields();
        var linkedIds = blocks.SelectMany(b => b.ItemReferences())
            .Concat(fields.ItemReferences().Select(r => r.ItemId))
            .Distinct()
            .ToList();
        var links = await context.Set<ContentItem>().AsNoTracking()
            .Where(i => linkedIds.Contains(i.Id) && !i.IsDeleted)
            .Select(i => new { i.Id, i.Type, i.Culture, i.Rendition, i.Slug, i.Title, i.PublishedVersionId })
            .ToListAsync(cancellationToken);
        var liveIds = links.Where(l => l.PublishedVersionId != null).Select(l => l.PublishedVersionId!.Value).ToList();
        var live = await context.Set<ContentVersion>().AsNoTracking()
            .Where(v => liveIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, v.Summary })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var linked = links.ToDictionary(
            l => l.Id,
            l => l.PublishedVersionId is { } liveId && live.TryGetValue(liveId, out var v)
                ? new LinkedItem(l.Id, l.Type, l.Culture, l.Rendition, l.Slug, v.Title, v.Summary, IsLive: true)
                : new LinkedItem(l.Id, l.Type, l.Culture, l.Rendition, l.Slug, l.Title, null, IsLive: false));
        var terms = await taxonomy.TermsOfVersionAsync(version.Id, item.Culture, cancellationToken);
        var others = await variants.OfItemAsync(item.Id, cancellationToken);
        return new RenderedContent(
            item.Id, item.Type, item.Culture, item.Rendition, item.VariantSetId, version.Id, version.Number, version.Title, version.Summary,
            version.Id == item.PublishedVersionId ? item.Slug : version.Slug,
            blocks, fields, version.Seo, terms, others, linked, version.PublishedAt ?? item.PublishedAt, version.Id == item.PublishedVersionId);
    }
}
