using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Storage.Blobs;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Attachments;

/// <summary>
/// Deletes files sent with a report form that never became a tip (the reporter gave up after an error) once
/// <see cref="AttachmentOutboxOptions.StagingLifetime"/> has passed: they belong to nobody, and keeping
/// unclaimed evidence of someone's tip-that-wasn't serves no purpose. Runs in the outbox worker's rounds.
/// </summary>
internal sealed partial class StagedAttachmentSweeper(
    IDbContextFactory<TipsDbContext> contexts,
    IBlobStore blobs,
    TimeProvider time,
    IOptions<AttachmentOutboxOptions> options,
    ILogger<StagedAttachmentSweeper> logger)
{
    private const int BatchSize = 20;

    /// <summary>Removes expired staging sets with their files. Returns how many sets were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow() - options.Value.StagingLifetime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var expired = await context.Set<AttachmentStaging>().AsNoTracking()
            .Where(s => s.CreatedAt < cutoff)
            .OrderBy(s => s.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var staging in expired)
        {
            // Deleting the set first is the claim: a node that loses the race, or a tip committed at the same
            // moment (which deletes the set in its own transaction), leaves the files alone.
            var claimed = await context.Set<AttachmentStaging>()
                .Where(s => s.IdempotencyKeyHash == staging.IdempotencyKeyHash)
                .ExecuteDeleteAsync(cancellationToken);
            if (claimed == 0 || await context.Set<Tip>().AnyAsync(t => t.Id == staging.TipId, cancellationToken))
            {
                continue;
            }

            var files = await context.Set<TipAttachment>().AsNoTracking()
                .Where(a => a.TipId == staging.TipId)
                .Select(a => new { a.Id, a.BlobKey, a.ViewingCopyBlobKey })
                .ToListAsync(cancellationToken);
            // The wrapped data key went with the set, so a blob the store fails to delete now is unreadable anyway.
            foreach (var file in files)
            {
                await DeleteQuietlyAsync(file.BlobKey, cancellationToken);
                if (file.ViewingCopyBlobKey is { } viewingKey)
                {
                    await DeleteQuietlyAsync(viewingKey, cancellationToken);
                }
            }

            // The outbox items go with their attachment rows (cascade).
            await context.Set<TipAttachment>().Where(a => a.TipId == staging.TipId).ExecuteDeleteAsync(cancellationToken);
            removed++;
        }

        return removed;
    }

    private async Task DeleteQuietlyAsync(string blobKey, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.DeleteAsync(blobKey, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeleteFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A file of an abandoned report form could not be deleted from the blob store.")]
    private partial void LogDeleteFailed(Exception exception);
}
