using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Delivery;

/// <summary>
/// Lists of live items with their fields, for the public lists the search cannot serve: the search has no fields
/// (paper sizes, files, lessons) and filters one term per vocabulary, while a hub section asks for "parents or rural
/// communities" and the download centre needs every file of every item. Newest first. Unknown term keys match nothing.
/// </summary>
public sealed class PublishedListing(ContentContexts contexts)
{
    public async Task<IReadOnlyList<PublishedListItem>> ListAsync(PublishedListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = from i in context.Set<ContentItem>().AsNoTracking()
                   join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                   where !i.IsDeleted
                   select new { Item = i, Version = v };
        if (query.Culture is { Length: > 0 } culture)
        {
            rows = rows.Where(r => r.Item.Culture == culture);
        }

        if (query.Types.Count > 0)
        {
            var types = query.Types.ToList();
            rows = rows.Where(r => types.Contains(r.Item.Type));
        }

        if (query.Renditions.Count > 0)
        {
            var renditions = query.Renditions.ToList();
            rows = rows.Where(r => renditions.Contains(r.Item.Rendition));
        }

        if (!string.IsNullOrWhiteSpace(query.TitleContains))
        {
            var text = query.TitleContains.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(), the same on SQLite and PostgreSQL.
            rows = rows.Where(r => r.Version.Title.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        foreach (var (vocabulary, keys) in new[]
                 {
                     (Vocabulary.Audience, query.Audiences), (Vocabulary.Setting, query.Settings),
                     (Vocabulary.Topic, query.Topics), (Vocabulary.GradeBand, query.GradeBands),
                 })
        {
            if (keys.Count == 0)
            {
                continue;
            }

            var ids = await TermsWithDescendantsAsync(context, vocabulary, keys, cancellationToken);
            rows = rows.Where(r => context.Set<VersionTerm>().Any(vt => vt.VersionId == r.Version.Id && ids.Contains(vt.TermId)));
        }

        var limit = Math.Clamp(query.Limit, 1, PublishedListQuery.MaxItems);
        var found = await rows
            .OrderByDescending(r => r.Item.PublishedAt).ThenBy(r => r.Item.Id)
            .Take(limit)
            .Select(r => new
            {
                r.Item.Id, VersionId = r.Version.Id, r.Item.Type, r.Item.Culture, r.Item.Rendition, r.Item.Slug, r.Version.Title, r.Version.Summary,
                PublishedAt = r.Item.PublishedAt ?? r.Version.PublishedAt, r.Version.FieldsJson,
            })
            .ToListAsync(cancellationToken);
        return [.. found.Select(r => new PublishedListItem(
            r.Id, r.VersionId, r.Type, r.Culture, r.Rendition, r.Slug, r.Title, r.Summary, r.PublishedAt ?? default,
            System.Text.Json.JsonSerializer.Deserialize<ContentFields>(r.FieldsJson, BlockJson.Options)!))];
    }

    /// <summary>The live items with these ids (in the order asked, missing ones left out): a curriculum's lessons.</summary>
    public async Task<IReadOnlyList<PublishedListItem>> FindManyAsync(IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = itemIds.ToList();
        var found = await (from i in context.Set<ContentItem>().AsNoTracking()
                           join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                           where !i.IsDeleted && ids.Contains(i.Id)
                           select new
                           {
                               i.Id, VersionId = v.Id, i.Type, i.Culture, i.Rendition, i.Slug, v.Title, v.Summary,
                               PublishedAt = i.PublishedAt ?? v.PublishedAt, v.FieldsJson,
                           }).ToListAsync(cancellationToken);
        var byId = found.ToDictionary(r => r.Id);
        return [.. itemIds.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new PublishedListItem(
            r.Id, r.VersionId, r.Type, r.Culture, r.Rendition, r.Slug, r.Title, r.Summary, r.PublishedAt ?? default,
            System.Text.Json.JsonSerializer.Deserialize<ContentFields>(r.FieldsJson, BlockJson.Options)!))];
    }

    private static async Task<List<Guid>> TermsWithDescendantsAsync(
        ContentDbContext context, Vocabulary vocabulary, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var terms = await context.Set<Term>().AsNoTracking().Where(t => t.Vocabulary == vocabulary)
            .Select(t => new { t.Id, t.Key, t.ParentId }).ToListAsync(cancellationToken);
        var found = terms.Where(t => keys.Contains(t.Key)).Select(t => t.Id).ToList();
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(terms.Where(t => t.ParentId == found[i]).Select(t => t.Id));
        }

        return found;
    }
}
