using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Workflow;

/// <summary>What one scheduler round did.</summary>
internal sealed record ScheduledRun(int Published, int Unpublished, int Failed);

/// <summary>
/// Carries out due scheduled publications and unpublications through <see cref="ContentWorkflow"/>, as the scheduler
/// actor, so audit, review history and cache eviction are the same as a person's. Every web node runs it: before acting
/// on a version or item a node claims it with a conditional update (the claim only succeeds while it is still due and
/// unclaimed), and the workflow's own conditional state change stops a second publication even if a claim lease ran
/// out. A node that dies after claiming delays the action by the lease.
/// </summary>
internal sealed class ScheduledPublicationRunner(IDbContextFactory<ContentDbContext> contexts, ContentWorkflow workflow, TimeProvider time)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 50;

    public async Task<ScheduledRun> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> dueVersions;
        List<Guid> dueItems;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            dueVersions = await context.Set<ContentVersion>().AsNoTracking()
                .Where(v => v.State == VersionState.Approved && v.PublishAt != null && v.PublishAt <= now && (v.PublishClaimedUntil == null || v.PublishClaimedUntil <= now))
                .OrderBy(v => v.PublishAt).Take(BatchSize).Select(v => v.Id).ToListAsync(cancellationToken);
            dueItems = await context.Set<ContentItem>().AsNoTracking()
                .Where(i => i.UnpublishAt != null && i.UnpublishAt <= now && i.PublishedVersionId != null && !i.IsDeleted
                    && (i.UnpublishClaimedUntil == null || i.UnpublishClaimedUntil <= now))
                .OrderBy(i => i.UnpublishAt).Take(BatchSize).Select(i => i.Id).ToListAsync(cancellationToken);
        }

        int published = 0, unpublished = 0, failed = 0;
        foreach (var versionId in dueVersions)
        {
            if (!await ClaimPublishAsync(versionId, now, cancellationToken))
            {
                continue;
            }

            var result = await workflow.PublishAsync(ContentActor.Scheduler, versionId, "scheduled", cancellationToken);
            if (result.Succeeded)
            {
                published++;
            }
            else
            {
                failed++;
                await GiveUpPublishAsync(versionId, result, cancellationToken);
            }
        }

        foreach (var itemId in dueItems)
        {
            if (!await ClaimUnpublishAsync(itemId, now, cancellationToken))
            {
                continue;
            }

            var result = await workflow.UnpublishAsync(ContentActor.Scheduler, itemId, "scheduled", cancellationToken);
            if (result.Succeeded)
            {
                unpublished++;
            }
            else
            {
                failed++;
                await GiveUpUnpublishAsync(itemId, result, cancellationToken);
            }
        }

        return new ScheduledRun(published, unpublished, failed);
    }

    private async Task<bool> ClaimPublishAsync(Guid versionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimLease;
        return await context.Set<ContentVersion>()
            .Where(v => v.Id == versionId && v.State == VersionState.Approved && v.PublishAt != null && v.PublishAt <= now
                && (v.PublishClaimedUntil == null || v.PublishClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishClaimedUntil, (DateTimeOffset?)until), cancellationToken) == 1;
    }

    private async Task<bool> ClaimUnpublishAsync(Guid itemId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var until = now + ClaimLease;
        return await context.Set<ContentItem>()
            .Where(i => i.Id == itemId && i.UnpublishAt != null && i.UnpublishAt <= now && i.PublishedVersionId != null && !i.IsDeleted
                && (i.UnpublishClaimedUntil == null || i.UnpublishClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UnpublishClaimedUntil, (DateTimeOffset?)until), cancellationToken) == 1;
    }

    /// <summary>A scheduled publication that the checks refuse is dropped (not retried every round) and recorded for the publisher.</summary>
    private async Task GiveUpPublishAsync(Guid versionId, ContentResult<Transition> result, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var item = await context.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == version.ItemId, cancellationToken);
        await context.Set<ContentVersion>().Where(v => v.Id == versionId && v.State == VersionState.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishAt, (DateTimeOffset?)null).SetProperty(v => v.PublishClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        ContentAuditLog.Record(context, time.GetUtcNow(), ContentActor.Scheduler, AuditAction.ScheduledActionFailed, item.Id, versionId, item.OwnerDepartmentId,
            $"publish v{version.Number}: " + string.Join(", ", result.Errors.Select(e => e.Code + "@" + (e.BlockPath ?? e.Field))));
        await context.SaveChangesAsync(cancellationToken);
    }

    private async Task GiveUpUnpublishAsync(Guid itemId, ContentResult<Transition> result, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().SingleAsync(i => i.Id == itemId, cancellationToken);
        item.UnpublishAt = null;
        item.UnpublishClaimedUntil = null;
        ContentAuditLog.Record(context, time.GetUtcNow(), ContentActor.Scheduler, AuditAction.ScheduledActionFailed, item.Id, item.PublishedVersionId, item.OwnerDepartmentId,
            "unpublish: " + string.Join(", ", result.Errors.Select(e => e.Code)));
        await context.SaveChangesAsync(cancellationToken);
    }
}
