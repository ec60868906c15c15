using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Storage.Blobs;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Rewards;

namespace Portal.Tips.Retention;

/// <summary>What one retention round did.</summary>
internal sealed record RetentionRound(IReadOnlyList<Guid> PurgedTips, int OrphanedFiles, int BlobsDeleted);

/// <summary>
/// Purges closed tips whose retention period (<see cref="RetentionOptions"/>, by outcome) has passed, and tips never
/// closed once nothing has happened to them for <see cref="RetentionOptions.NeverClosed"/>: the tip row
/// with its wrapped data key, messages, notes, reward claims, attachments with their outbox items, receipt
/// sign-in records and any staging set, then the attachments' blobs. Deleting the wrapped data key is what makes
/// the tip unrecoverable (crypto-shredding): a blob or a backup that outlives the purge can no longer be opened
/// once the backups with the key have expired too. Each purge leaves one audit entry (outcome and closing date,
/// nothing the tip said). The conditional delete of the tip row is the claim, so every node can run this and
/// each tip is purged, and audited, exactly once.
/// </summary>
internal sealed partial class TipPurger(
    IDbContextFactory<TipsDbContext> contexts,
    TipAuditLog audit,
    IBlobStore blobs,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<TipPurger> logger)
{
    public const string ActorId = "system:retention";

    /// <summary>
    /// A file whose tip no longer exists and that belongs to no staging set (it was added while the tip was being
    /// purged) is removed after this long; the wait leaves a report form's staging sweep to finish first.
    /// </summary>
    public static readonly TimeSpan OrphanedFileGrace = TimeSpan.FromHours(1);

    private const int BlobBatchSize = 200;

    /// <summary>One round: purges every tip that is due, batch by batch, then the files and blobs left to delete.</summary>
    public async Task<RetentionRound> RunAsync(CancellationToken cancellationToken = default)
    {
        var purged = new List<Guid>();
        IReadOnlyList<Guid> batch;
        do
        {
            batch = await PurgeDueAsync(cancellationToken);
            purged.AddRange(batch);
        }
        while (batch.Count >= options.Value.BatchSize);

        await ForgetOldSignInAttemptsAsync(cancellationToken);
        var orphaned = await SweepOrphanedFilesAsync(cancellationToken);
        var deleted = 0;
        int blobBatch;
        do
        {
            blobBatch = await DeletePurgedBlobsAsync(cancellationToken);
            deleted += blobBatch;
        }
        while (blobBatch == BlobBatchSize);

        if (purged.Count > 0 || orphaned > 0)
        {
            LogRound(purged.Count, orphaned, deleted);
        }

        return new(purged, orphaned, deleted);
    }

    /// <summary>Purges at most one batch of due tips; returns the ones this call purged (not those another node took).</summary>
    public async Task<IReadOnlyList<Guid>> PurgeDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> due;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await Due(context, now)
                .OrderBy(t => t.ClosedAt)
                .Select(t => t.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
        }

        var purged = new List<Guid>();
        foreach (var tipId in due)
        {
            if (await PurgeAsync(tipId, now, cancellationToken))
            {
                purged.Add(tipId);
            }
        }

        return purged;
    }

    private async Task ForgetOldSignInAttemptsAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - options.Value.SignInAttempts;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Set<ReceiptSignInAttempt>().Where(a => a.AttemptedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Closed tips past their period, and open ones untouched for <see cref="RetentionOptions.NeverClosed"/>, that
    /// nothing holds (<see cref="RetentionHolds"/>): not the primary of a duplicate that still exists, no reward
    /// still owed.
    /// </summary>
    private IQueryable<Tip> Due(TipsDbContext context, DateTimeOffset now)
    {
        var periods = options.Value;
        var spam = now - periods.Spam;
        var unsubstantiated = now - periods.Unsubstantiated;
        var duplicate = now - periods.Duplicate;
        var referred = now - periods.ReferredElsewhere;
        var substantiated = now - periods.Substantiated;
        var forgotten = now - periods.NeverClosed;
        var unsettled = RetentionHolds.UnsettledRewards.ToList();
        return context.Set<Tip>()
            .Where(t => (t.Status == TipStatus.Closed && t.ClosedAt != null
                    && ((t.Outcome == CaseOutcome.Spam && t.ClosedAt <= spam)
                        || (t.Outcome == CaseOutcome.Unsubstantiated && t.ClosedAt <= unsubstantiated)
                        || (t.Outcome == CaseOutcome.Duplicate && t.ClosedAt <= duplicate)
                        || (t.Outcome == CaseOutcome.ReferredElsewhere && t.ClosedAt <= referred)
                        || (t.Outcome == CaseOutcome.Substantiated && t.ClosedAt <= substantiated)))
                || (t.Status != TipStatus.Closed && t.UpdatedAt <= forgotten))
            .Where(t => !context.Set<Tip>().Any(d => d.PrimaryTipId == t.Id))
            .Where(t => (t.Status == TipStatus.Closed && t.Outcome != CaseOutcome.Substantiated)
                || !context.Set<Reward>().Any(c => c.TipId == t.Id && unsettled.Contains(c.Status)));
    }

    private Task<bool> PurgeAsync(Guid tipId, DateTimeOffset now, CancellationToken cancellationToken) =>
        audit.WriteAsync(async context =>
        {
            var tip = await context.Set<Tip>().AsNoTracking()
                .Where(t => t.Id == tipId)
                .Select(t => new { t.Status, t.Outcome, t.ClosedAt, t.UpdatedAt, t.ReceiptNumberHash })
                .SingleOrDefaultAsync(cancellationToken);
            // The same conditions again, in the delete itself: whoever deletes the row purges the tip. A tip that
            // became the primary of a new duplicate since the batch was chosen is left alone.
            if (tip is null || await Due(context, now).Where(t => t.Id == tipId).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                return (false, (IReadOnlyList<AuditRecord>)[]);
            }

            var files = await context.Set<TipAttachment>().AsNoTracking()
                .Where(a => a.TipId == tipId)
                .Select(a => new { a.Id, a.BlobKey, a.ViewingCopyBlobKey })
                .ToListAsync(cancellationToken);
            var fileIds = files.ConvertAll(f => f.Id);
            // Messages, notes and reward claims also cascade from the tip row; deleting them by name keeps the purge
            // complete even where a foreign key is not enforced.
            await context.Set<AttachmentOutboxItem>().Where(i => fileIds.Contains(i.AttachmentId)).ExecuteDeleteAsync(cancellationToken);
            await context.Set<TipAttachment>().Where(a => a.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<AttachmentStaging>().Where(s => s.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<TipMessage>().Where(m => m.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<TipNote>().Where(n => n.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<Sealing.DisclosureRequestRecord>().Where(r => r.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            await context.Set<Reward>().Where(c => c.TipId == tipId).ExecuteDeleteAsync(cancellationToken);
            var receipt = tip.ReceiptNumberHash;
            await context.Set<ReceiptSignInAttempt>().Where(a => a.ReceiptNumberHash == receipt).ExecuteDeleteAsync(cancellationToken);
            foreach (var file in files)
            {
                context.Add(new PurgedBlob { BlobKey = file.BlobKey, PurgedAt = now });
                if (file.ViewingCopyBlobKey is { } viewingCopy)
                {
                    context.Add(new PurgedBlob { BlobKey = viewingCopy, PurgedAt = now });
                }
            }

            var detail = tip.Status == TipStatus.Closed
                ? string.Create(CultureInfo.InvariantCulture, $"outcome={tip.Outcome}; closed={tip.ClosedAt:yyyy-MM-dd}")
                : string.Create(CultureInfo.InvariantCulture, $"never closed; status={tip.Status}; last change={tip.UpdatedAt:yyyy-MM-dd}");
            return (true, (IReadOnlyList<AuditRecord>)[new AuditRecord(ActorId, TipAuditActions.Purge, tipId, detail)]);
        }, cancellationToken);

    /// <summary>
    /// Removes files whose tip is gone and that belong to no staging set: a reporter's upload that was committed
    /// just after its tip was purged. Their data key went with the tip, so they are unreadable already.
    /// </summary>
    public async Task<int> SweepOrphanedFilesAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow() - OrphanedFileGrace;
        List<Guid> orphans;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            orphans = await context.Set<TipAttachment>().AsNoTracking()
                .Where(a => a.ReceivedAt < before
                    && !context.Set<Tip>().Any(t => t.Id == a.TipId)
                    && !context.Set<AttachmentStaging>().Any(s => s.TipId == a.TipId))
                .OrderBy(a => a.ReceivedAt)
                .Select(a => a.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
        }

        var removed = 0;
        foreach (var id in orphans)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var file = await context.Set<TipAttachment>().AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.BlobKey, a.ViewingCopyBlobKey })
                .SingleOrDefaultAsync(cancellationToken);
            // Deleting the row is the claim: a node that lost the race deletes nothing and lists nothing.
            if (file is null || await context.Set<TipAttachment>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }

            await context.Set<AttachmentOutboxItem>().Where(i => i.AttachmentId == id).ExecuteDeleteAsync(cancellationToken);
            var now = time.GetUtcNow();
            context.Add(new PurgedBlob { BlobKey = file.BlobKey, PurgedAt = now });
            if (file.ViewingCopyBlobKey is { } viewingCopy)
            {
                context.Add(new PurgedBlob { BlobKey = viewingCopy, PurgedAt = now });
            }

            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            removed++;
        }

        return removed;
    }

    /// <summary>Deletes listed blobs of purged tips from the store, then their rows. Returns how many were done.</summary>
    public async Task<int> DeletePurgedBlobsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await context.Set<PurgedBlob>().AsNoTracking()
            .OrderBy(b => b.PurgedAt)
            .Select(b => b.BlobKey)
            .Take(BlobBatchSize)
            .ToListAsync(cancellationToken);
        var done = 0;
        foreach (var key in keys)
        {
            try
            {
                // Already gone (another node, an earlier round that stopped before removing the row) is fine too.
                await blobs.DeleteAsync(key, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The store is down: the rows stay and the next round tries again.
                LogBlobDeleteFailed(exception);
                break;
            }

            await context.Set<PurgedBlob>().Where(b => b.BlobKey == key).ExecuteDeleteAsync(cancellationToken);
            done++;
        }

        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Purged} tips purged, {Orphaned} orphaned files removed, {Blobs} blobs deleted.")]
    private partial void LogRound(int purged, int orphaned, int blobs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: the blob store refused to delete a purged tip's blob; the next round tries again.")]
    private partial void LogBlobDeleteFailed(Exception exception);
}
