using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Search;

/// <summary>What <see cref="ContentSearchIndexer.RebuildAsync"/> did.</summary>
public sealed record SearchRebuildResult(int ItemsChecked, int ItemsIndexed);

/// <summary>
/// Rebuilds the search index from the items (the host's <c>reindex-content</c> command): after a change to the
/// tokenizer, a restore from backup or any doubt. Works in batches of items, each batch in its own transaction that
/// first takes the items' row locks, so search keeps answering and a publication at the same moment waits its turn
/// instead of racing. Safe to run again at any time.
/// </summary>
public sealed class ContentSearchIndexer(ContentContexts contexts)
{
    public const int BatchSize = 200;

    public async Task<SearchRebuildResult> RebuildAsync(IProgress<SearchRebuildResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var checkedCount = 0;
        var indexed = 0;
        while (true)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            // Items are never removed, so paging by position over the ids does not skip any.
            var ids = await context.Set<ContentItem>().OrderBy(i => i.Id).Select(i => i.Id).Skip(checkedCount).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            // A no-op update takes the row locks the workflow takes when it publishes (PostgreSQL; SQLite locks the file).
            await context.Set<ContentItem>().Where(i => ids.Contains(i.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.UpdatedAt, i => i.UpdatedAt), cancellationToken);
            indexed += await SearchIndexWriter.RefreshAsync(context, ids, cancellationToken);
            await DraftSearchIndex.RefreshAsync(context, ids, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            checkedCount += ids.Count;
            progress?.Report(new SearchRebuildResult(checkedCount, indexed));
        }

        // Rows of items that no longer exist at all (none are ever removed today, but the index must not outlive them).
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await context.Set<SearchPosting>().Where(p => !context.Set<ContentItem>().Any(i => i.Id == p.ItemId)).ExecuteDeleteAsync(cancellationToken);
        }

        return new SearchRebuildResult(checkedCount, indexed);
    }
}
