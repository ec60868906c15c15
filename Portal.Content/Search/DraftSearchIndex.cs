using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Search;

/// <summary>
/// Keeps <see cref="DraftSearchPosting"/> in step with each item's latest version. The editor calls it in the same
/// transaction that makes a version the latest, so the manager's search never sees a version the list does not.
/// </summary>
internal static class DraftSearchIndex
{
    /// <summary>Adds the postings of a new latest version (the item's old postings must be gone: <see cref="RemoveAsync"/>).</summary>
    public static void Add(ContentDbContext context, Guid itemId, string title, string plainText) =>
        context.AddRange(Grams(title, plainText).Select(gram => new DraftSearchPosting { Gram = gram, ItemId = itemId }));

    public static Task<int> RemoveAsync(ContentDbContext context, Guid itemId, CancellationToken cancellationToken) =>
        context.Set<DraftSearchPosting>().Where(p => p.ItemId == itemId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Rewrites the postings of these items from their latest versions (the <c>reindex-content</c> command).</summary>
    public static async Task RefreshAsync(ContentDbContext context, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        await context.Set<DraftSearchPosting>().Where(p => itemIds.Contains(p.ItemId)).ExecuteDeleteAsync(cancellationToken);
        var latest = await (from i in context.Set<ContentItem>().AsNoTracking()
                            join v in context.Set<ContentVersion>().AsNoTracking() on i.LatestVersionId equals v.Id
                            where itemIds.Contains(i.Id)
                            select new { i.Id, v.Title, v.PlainText }).ToListAsync(cancellationToken);
        foreach (var row in latest)
        {
            Add(context, row.Id, row.Title, row.PlainText);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<string> Grams(string title, string plainText) =>
        SearchText.IndexGrams(title).Keys.Union(SearchText.IndexGrams(plainText).Keys, StringComparer.Ordinal);
}
