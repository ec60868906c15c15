using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;
using Portal.Storage.Blobs;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;

namespace Portal.Tips.Attachments;

/// <summary>
/// Gets attachments that arrived while the blob store was down into the store, retrying with back-off until it
/// works. Every web node runs one and the node that gets the round lock does the round; an item is also claimed with an optimistic update before it is uploaded, so two
/// nodes never work on the same item at once, and a node that dies mid-upload only delays it by the claim lease.
/// </summary>
internal sealed partial class AttachmentOutboxWorker(
    IDbContextFactory<TipsDbContext> contexts,
    IBlobStore blobs,
    StagedAttachmentSweeper sweeper,
    IRoundLock rounds,
    TimeProvider time,
    IOptions<AttachmentOutboxOptions> options,
    TipMetrics metrics,
    ILogger<AttachmentOutboxWorker> logger) : PeriodicWorker(time, logger)
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    /// <summary>How long a claimed item is left to the node that claimed it before another may try.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private const int BatchSize = 20;

    /// <summary>Tries every item that is due once. Returns how many were stored.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Time.GetUtcNow();
        List<(Guid Id, DateTimeOffset Seen)> due;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await context.Set<AttachmentOutboxItem>()
                .Where(i => i.NextAttemptAt <= now)
                .OrderBy(i => i.NextAttemptAt)
                .Take(BatchSize)
                .Select(i => new { i.Id, i.NextAttemptAt })
                .ToListAsync(cancellationToken);
            due = rows.ConvertAll(r => (r.Id, r.NextAttemptAt));
            metrics.OutboxBacklogCounted(await context.Set<AttachmentOutboxItem>().CountAsync(cancellationToken));
        }

        var delivered = 0;
        foreach (var (id, seen) in due)
        {
            if (await TryDeliverAsync(id, seen, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    /// <summary>The wait before attempt number <paramref name="attempts"/> + 1: doubling, at most <see cref="MaxBackoff"/>.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), MaxBackoff.TotalSeconds));

    protected override TimeSpan Period => options.Value.Interval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync("tips.attachment-outbox", async cancellationToken =>
        {
            await DeliverDueAsync(cancellationToken);
            await sweeper.SweepAsync(cancellationToken);
        }, stoppingToken);

    /// <summary>The database may be briefly unreachable too; the items stay and the next round tries again.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    private async Task<bool> TryDeliverAsync(Guid id, DateTimeOffset seen, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var items = context.Set<AttachmentOutboxItem>();
        var leaseUntil = Time.GetUtcNow() + ClaimLease;
        var claimed = await items
            .Where(i => i.Id == id && i.NextAttemptAt == seen)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.NextAttemptAt, leaseUntil), cancellationToken);
        if (claimed == 0)
        {
            return false; // Another node claimed it, or delivered it, first.
        }

        var item = await items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return false;
        }

        try
        {
            using var content = new MemoryStream(item.EncryptedContent, writable: false);
            await blobs.UploadAsync(item.BlobKey, content, TipAttachmentStore.StoredContentType, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = item.Attempts + 1;
            var next = Time.GetUtcNow() + Backoff(attempts);
            await items.Where(i => i.Id == id).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Attempts, attempts).SetProperty(i => i.NextAttemptAt, next),
                CancellationToken.None);
            LogAttemptFailed(exception, id, attempts);
            return false;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await items.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (!await items.AnyAsync(i => i.AttachmentId == item.AttachmentId, cancellationToken))
        {
            await context.Set<TipAttachment>()
                .Where(a => a.Id == item.AttachmentId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, AttachmentState.Stored), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attachment outbox item {ItemId} could not be stored (attempt {Attempts}).")]
    private partial void LogAttemptFailed(Exception exception, Guid itemId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An attachment outbox round failed.")]
    private partial void LogRoundFailed(Exception exception);
}
