using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;

namespace Portal.Content.Downloads;

/// <summary>
/// Adds one to a file's count for today (UTC). An update of the day's row, or its insert when it is the day's first;
/// two first downloads at once both try the insert, and the loser of the unique key adds to the winner's row.
/// </summary>
public sealed class MediaDownloadCounter(ContentContexts contexts, TimeProvider time)
{
    public async Task CountAsync(Guid assetId, CancellationToken cancellationToken = default)
    {
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).DayNumber;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await AddOneAsync(context, assetId, day, cancellationToken))
        {
            return;
        }

        context.Add(new MediaDownloadDay { AssetId = assetId, Day = day, Count = 1 });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
            if (!await AddOneAsync(context, assetId, day, cancellationToken))
            {
                throw;
            }
        }
    }

    private static async Task<bool> AddOneAsync(ContentDbContext context, Guid assetId, int day, CancellationToken cancellationToken) =>
        await context.Set<MediaDownloadDay>()
            .Where(d => d.AssetId == assetId && d.Day == day)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.Count, x => x.Count + 1), cancellationToken) > 0;
}
