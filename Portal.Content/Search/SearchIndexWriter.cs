using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Search;

/// <summary>
/// Writes one item's rows of the search index from what the database says now: removes them, and if the item has a
/// live version, adds its document and postings. Idempotent. The workflow calls it inside the transaction of each
/// publish, unpublish, archive and delete, after the item row was updated, so the index commits (or rolls back) with
/// the change and the item's row lock keeps two writers of the same item in order.
/// </summary>
internal static class SearchIndexWriter
{
    public static async Task RefreshAsync(ContentDbContext context, Guid itemId, CancellationToken cancellationToken) =>
        await RefreshAsync(context, [itemId], cancellationToken);

    public static async Task<int> RefreshAsync(ContentDbContext context, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        await context.Set<SearchPosting>().Where(p => itemIds.Contains(p.ItemId)).ExecuteDeleteAsync(cancellationToken);
        await context.Set<SearchDocument>().Where(d => itemIds.Contains(d.ItemId)).ExecuteDeleteAsync(cancellationToken);
        var live = await (from i in context.Set<ContentItem>().AsNoTracking()
                          join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                          where itemIds.Contains(i.Id) && !i.IsDeleted
                          select new { Item = i, v.Id, v.Title, v.Summary, v.PlainText, v.PublishedAt }).ToListAsync(cancellationToken);
        foreach (var row in live)
        {
            context.Add(new SearchDocument
            {
                ItemId = row.Item.Id, VersionId = row.Id, Type = row.Item.Type, Culture = row.Item.Culture, Rendition = row.Item.Rendition,
                Slug = row.Item.Slug, Title = row.Title, Summary = row.Summary, PublishedAt = row.Item.PublishedAt ?? row.PublishedAt ?? default,
            });
            context.AddRange(Postings(row.Item.Id, row.Title, row.PlainText));
        }

        await context.SaveChangesAsync(cancellationToken);
        return live.Count;
    }

    /// <summary>The title counts as title; the rest of the plain text (which starts with the title) as body.</summary>
    internal static IEnumerable<SearchPosting> Postings(Guid itemId, string title, string plainText)
    {
        var titleGrams = SearchText.IndexGrams(title);
        var bodyGrams = SearchText.IndexGrams(SearchSnippets.Body(title, plainText));
        return titleGrams.Keys.Union(bodyGrams.Keys, StringComparer.Ordinal).Select(gram => new SearchPosting
        {
            Gram = gram, ItemId = itemId, TitleCount = titleGrams.GetValueOrDefault(gram), BodyCount = bodyGrams.GetValueOrDefault(gram),
        });
    }
}
