using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Publication;
using Portal.Content.Search;
using Portal.Content.Slugs;
using Portal.Content.Types;

namespace Portal.Content.Workflow;

public sealed partial class ContentWorkflow
{
    /// <summary>Publishes an approved version at <paramref name="at"/> (UTC) through <see cref="PublishAsync"/>, run by the scheduler.</summary>
    public async Task<ContentResult<Transition>> SchedulePublishAsync(ContentActor actor, Guid versionId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (item, version, failure) = await LoadAsync<Transition>(context, actor, versionId, ContentRole.Publisher, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (version!.State != VersionState.Approved)
        {
            return InvalidFrom(version.State);
        }

        var now = time.GetUtcNow();
        if (at <= now)
        {
            return ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.ScheduleInPast, "at")]);
        }

        var problems = await PublishChecks.RunAsync(context, item!, version, at, cancellationToken);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return ContentResult.Invalid<Transition>(problems);
        }

        var utc = at.ToUniversalTime();
        var updated = await context.Set<ContentVersion>()
            .Where(v => v.Id == version.Id && v.State == VersionState.Approved)
            .ExecuteUpdateAsync(
                s => s.SetProperty(v => v.PublishAt, (DateTimeOffset?)utc).SetProperty(v => v.PublishScheduledBy, actor.UserId).SetProperty(v => v.PublishClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
        if (updated == 0)
        {
            return ContentResult.Fail<Transition>(Failure.Conflict, ContentProblem.Error(ContentCodes.InvalidTransition, "state"));
        }

        ContentAuditLog.Record(context, now, actor, AuditAction.PublishScheduled, item!.Id, version.Id, item.OwnerDepartmentId, $"v{version.Number} at {utc:O}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success<Transition>(new Transition(item.Id, version.Id, VersionState.Approved, VersionState.Approved, now), problems);
    }

    /// <summary>Takes the item offline at <paramref name="at"/> (UTC), or cancels that when <paramref name="at"/> is null.</summary>
    public async Task<ContentResult<bool>> ScheduleUnpublishAsync(ContentActor actor, Guid itemId, DateTimeOffset? at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == itemId && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<bool>("itemId");
        }

        if (!await DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Publisher, item.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<bool>(ContentCodes.AccessDenied);
        }

        var now = time.GetUtcNow();
        if (at is { } when && when <= now)
        {
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.ScheduleInPast, "at")]);
        }

        item.UnpublishAt = at?.ToUniversalTime();
        item.UnpublishScheduledBy = at is null ? null : actor.UserId;
        item.UnpublishClaimedUntil = null;
        ContentAuditLog.Record(
            context, now, actor, at is null ? AuditAction.ScheduleCancelled : AuditAction.UnpublishScheduled, item.Id, item.PublishedVersionId, item.OwnerDepartmentId,
            at is null ? "unpublish cancelled" : $"unpublish at {at.Value.ToUniversalTime():O}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success<bool>(true);
    }

    /// <summary>Cancels the scheduled publication of a version.</summary>
    public async Task<ContentResult<bool>> CancelScheduledPublishAsync(ContentActor actor, Guid versionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (item, version, failure) = await LoadAsync<bool>(context, actor, versionId, ContentRole.Publisher, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var updated = await context.Set<ContentVersion>()
            .Where(v => v.Id == version!.Id && v.State == VersionState.Approved && v.PublishAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishAt, (DateTimeOffset?)null).SetProperty(v => v.PublishScheduledBy, (string?)null), cancellationToken);
        if (updated == 0)
        {
            return ContentResult.Fail<bool>(Failure.Conflict, ContentProblem.Error(ContentCodes.InvalidTransition, "state"));
        }

        ContentAuditLog.Record(context, time.GetUtcNow(), actor, AuditAction.ScheduleCancelled, item!.Id, version!.Id, item.OwnerDepartmentId, $"v{version.Number} publish cancelled");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success<bool>(true);
    }
}
