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

/// <summary>
/// Moves versions through Draft → InReview → ChangesRequested / Approved → Published → Unpublished or Archived. Each
/// step checks the actor's role in the item's department, changes the state with a conditional update (so two people,
/// or two scheduler nodes, can never both make the same step), and records a review action and an audit event in the
/// same transaction. The scheduler publishes and unpublishes through the same methods as a person.
/// </summary>
public sealed partial class ContentWorkflow(
    ContentContexts contexts,
    PublicationNotifier notifier,
    TimeProvider time)
{
    /// <summary>
    /// Sends a draft to review. The checks that would stop publishing run first: a version with an image without alt
    /// text (or another error of <see cref="CheckAsync"/>) is refused here, so it never reaches a reviewer.
    /// </summary>
    public Task<ContentResult<Transition>> SubmitAsync(ContentActor actor, Guid versionId, string? comment = null, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, versionId, ContentRole.Editor, [VersionState.Draft], VersionState.InReview, comment, AuditAction.Submitted, cancellationToken);

    /// <summary>
    /// Returns a version in review or already approved to its editors with a comment (what to change): a reviewer from
    /// either state, a publisher from approved. The editors see the comment with the item; their next save starts a new draft.
    /// </summary>
    public async Task<ContentResult<Transition>> ReturnForChangesAsync(ContentActor actor, Guid versionId, string comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(comment))
        {
            return ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.Required, "comment")]);
        }

        var asReviewer = await MoveAsync(
            actor, versionId, ContentRole.Reviewer, [VersionState.InReview, VersionState.Approved], VersionState.ChangesRequested, comment, AuditAction.ReturnedForChanges, cancellationToken);
        return asReviewer.Failure == Failure.Forbidden
            ? await MoveAsync(actor, versionId, ContentRole.Publisher, [VersionState.Approved], VersionState.ChangesRequested, comment, AuditAction.ReturnedForChanges, cancellationToken)
            : asReviewer;
    }

    /// <summary>The reviewer sends the version back; the comment (what to change) is required.</summary>
    public Task<ContentResult<Transition>> RequestChangesAsync(ContentActor actor, Guid versionId, string comment, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.Required, "comment")]))
            : MoveAsync(actor, versionId, ContentRole.Reviewer, [VersionState.InReview], VersionState.ChangesRequested, comment, AuditAction.ChangesRequested, cancellationToken);

    /// <summary>Approves a version in review; never by the version's author (four eyes).</summary>
    public Task<ContentResult<Transition>> ApproveAsync(ContentActor actor, Guid versionId, string? comment = null, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, versionId, ContentRole.Reviewer, [VersionState.InReview], VersionState.Approved, comment, AuditAction.Approved, cancellationToken);

    /// <summary>Problems that would stop (errors) or accompany (warnings) publishing this version now.</summary>
    public async Task<ContentResult<IReadOnlyList<ContentProblem>>> CheckAsync(ContentActor actor, Guid versionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (item, version, failure) = await LoadAsync<IReadOnlyList<ContentProblem>>(context, actor, versionId, null, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        return ContentResult.Success<IReadOnlyList<ContentProblem>>(await PublishChecks.RunAsync(context, item!, version!, time.GetUtcNow(), cancellationToken));
    }

    /// <summary>
    /// Makes an approved (or earlier unpublished) version the live one. The previous live version stays live until this
    /// commits. A changed slug leaves a redirect from the old one. Listeners hear of it after the commit.
    /// </summary>
    public async Task<ContentResult<Transition>> PublishAsync(ContentActor actor, Guid versionId, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (item, version, failure) = await LoadAsync<Transition>(context, actor, versionId, ContentRole.Publisher, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (version!.State is not (VersionState.Approved or VersionState.Unpublished))
        {
            return InvalidFrom(version.State);
        }

        var now = time.GetUtcNow();
        var problems = await PublishChecks.RunAsync(context, item!, version, now, cancellationToken);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return ContentResult.Invalid<Transition>(problems);
        }

        var previousLive = item!.PublishedVersionId;
        var previousSlug = item.FirstPublishedAt is null ? null : item.Slug;
        DateTimeOffset? unpublishAt = item.UnpublishAt is { } scheduled && scheduled > now ? scheduled : null;
        if (version.ReadFields() is AlertFields alert && (unpublishAt is null || alert.ExpiresAt < unpublishAt))
        {
            unpublishAt = alert.ExpiresAt; // an alert comes down at its expiry, or earlier if a publisher said so
        }
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await context.Set<ContentVersion>()
            .Where(v => v.Id == version.Id && v.State == version.State)
            .ExecuteUpdateAsync(
                s => s.SetProperty(v => v.State, VersionState.Published)
                    .SetProperty(v => v.PublishedAt, (DateTimeOffset?)now)
                    .SetProperty(v => v.PublishedBy, actor.UserId)
                    .SetProperty(v => v.PublishAt, (DateTimeOffset?)null)
                    .SetProperty(v => v.PublishClaimedUntil, (DateTimeOffset?)null),
                cancellationToken);
        var moved = claimed == 0 ? 0 : await context.Set<ContentItem>()
            .Where(i => i.Id == item.Id && i.PublishedVersionId == previousLive && !i.IsDeleted)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.PublishedVersionId, (Guid?)version.Id)
                    .SetProperty(i => i.PublishedAt, (DateTimeOffset?)now)
                    .SetProperty(i => i.FirstPublishedAt, i => i.FirstPublishedAt ?? now)
                    .SetProperty(i => i.Slug, version.Slug)
                    .SetProperty(i => i.LatestState, i => i.LatestVersionId == version.Id ? VersionState.Published : i.LatestState)
                    .SetProperty(i => i.UnpublishAt, unpublishAt)
                    .SetProperty(i => i.UnpublishClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ContentResult.Fail<Transition>(Failure.Conflict, ContentProblem.Error(ContentCodes.InvalidTransition, "state"));
        }

        if (previousLive is { } oldLive && oldLive != version.Id)
        {
            await context.Set<ContentVersion>().Where(v => v.Id == oldLive && v.State == VersionState.Published)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VersionState.Superseded), cancellationToken);
            context.Add(Transitions.Action(item, oldLive, VersionState.Published, VersionState.Superseded, actor, $"replaced by v{version.Number}", now));
        }

        if (previousSlug is not null && previousSlug != version.Slug)
        {
            await context.Set<Redirect>()
                .Where(r => r.Culture == item.Culture && r.Rendition == item.Rendition && (r.FromSlug == version.Slug || r.FromSlug == previousSlug))
                .ExecuteDeleteAsync(cancellationToken);
            context.Add(new Redirect
            {
                Id = Guid.CreateVersion7(now), Culture = item.Culture, Rendition = item.Rendition, FromSlug = previousSlug, ItemId = item.Id,
                StatusCode = 301, CreatedAt = now, CreatedBy = actor.UserId,
            });
        }
        else
        {
            // The live item wins over an old redirect that happens to use its slug.
            await context.Set<Redirect>()
                .Where(r => r.Culture == item.Culture && r.Rendition == item.Rendition && r.FromSlug == version.Slug)
                .ExecuteDeleteAsync(cancellationToken);
        }

        context.Add(Transitions.Action(item, version, VersionState.Published, actor, comment, now));
        var summary = $"v{version.Number} {version.State}→Published" + (previousSlug is not null && previousSlug != version.Slug ? $", slug {previousSlug}→{version.Slug}" : "");
        ContentAuditLog.Record(context, now, actor, AuditAction.Published, item.Id, version.Id, item.OwnerDepartmentId, summary, Transitions.Clean(comment));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.SlugTaken, "slug", version.Slug)]);
        }

        item.Slug = version.Slug;
        var tags = await PublicationNotifier.TagsAsync(context, item, previousSlug, [previousLive, version.Id], cancellationToken);
        await SearchIndexWriter.RefreshAsync(context, item.Id, cancellationToken);
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.SlugTaken, "slug", version.Slug)]);
        }

        await notifier.NotifyAsync(new ContentPublicationChange(
            PublicationChangeKind.Published, item.Id, version.Id, item.Type, item.Culture, item.Rendition, version.Slug, previousSlug, tags, actor.UserId, now));
        return ContentResult.Success<Transition>(new Transition(item.Id, version.Id, version.State, VersionState.Published, now), problems);
    }

    /// <summary>Takes the live version offline; the item keeps its history and can be published again.</summary>
    public Task<ContentResult<Transition>> UnpublishAsync(ContentActor actor, Guid itemId, string? comment = null, CancellationToken cancellationToken = default) =>
        TakeDownAsync(actor, itemId, VersionState.Unpublished, comment, cancellationToken);

    /// <summary>Retires the live (or last unpublished) version: offline and out of the editors' way.</summary>
    public Task<ContentResult<Transition>> ArchiveAsync(ContentActor actor, Guid itemId, string? comment = null, CancellationToken cancellationToken = default) =>
        TakeDownAsync(actor, itemId, VersionState.Archived, comment, cancellationToken);

    /// <summary>The review actions of an item, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewActionView>> HistoryAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var actions = await context.Set<ReviewAction>().AsNoTracking().Where(a => a.ItemId == itemId).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. actions.Select(ReviewActionView.Of)];
    }

    private async Task<ContentResult<Transition>> TakeDownAsync(ContentActor actor, Guid itemId, VersionState to, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<Transition>("itemId");
        }

        if (!await DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Publisher, item.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<Transition>(ContentCodes.AccessDenied);
        }

        // Archive also retires an item already unpublished; unpublish needs a live version.
        var target = item.PublishedVersionId ?? (to == VersionState.Archived
            ? await context.Set<ContentVersion>().Where(v => v.ItemId == item.Id && v.State == VersionState.Unpublished)
                .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken)
            : null);
        if (target is not { } versionId)
        {
            return ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.InvalidTransition, "state", item.LatestState.ToString())]);
        }

        var version = await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var changed = await context.Set<ContentVersion>()
            .Where(v => v.Id == version.Id && v.State == version.State)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, to), cancellationToken);
        var moved = changed == 0 ? 0 : await context.Set<ContentItem>()
            .Where(i => i.Id == item.Id && i.PublishedVersionId == item.PublishedVersionId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.PublishedVersionId, (Guid?)null)
                    .SetProperty(i => i.PublishedAt, (DateTimeOffset?)null)
                    .SetProperty(i => i.UnpublishAt, (DateTimeOffset?)null)
                    .SetProperty(i => i.UnpublishScheduledBy, (string?)null)
                    .SetProperty(i => i.UnpublishClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(i => i.LatestState, i => i.LatestVersionId == version.Id ? to : i.LatestState)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ContentResult.Fail<Transition>(Failure.Conflict, ContentProblem.Error(ContentCodes.InvalidTransition, "state"));
        }

        context.Add(Transitions.Action(item, version, to, actor, comment, now));
        var action = to == VersionState.Archived ? AuditAction.Archived : AuditAction.Unpublished;
        ContentAuditLog.Record(context, now, actor, action, item.Id, version.Id, item.OwnerDepartmentId, $"v{version.Number} {version.State}→{to}", Transitions.Clean(comment));
        await context.SaveChangesAsync(cancellationToken);
        var wasLive = item.PublishedVersionId is not null;
        var tags = wasLive ? await PublicationNotifier.TagsAsync(context, item, null, [version.Id], cancellationToken) : null;
        await SearchIndexWriter.RefreshAsync(context, item.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (tags is not null)
        {
            var kind = to == VersionState.Archived ? PublicationChangeKind.Archived : PublicationChangeKind.Unpublished;
            await notifier.NotifyAsync(new ContentPublicationChange(kind, item.Id, version.Id, item.Type, item.Culture, item.Rendition, item.Slug, null, tags, actor.UserId, now));
        }

        return ContentResult.Success<Transition>(new Transition(item.Id, version.Id, version.State, to, now));
    }

    private async Task<ContentResult<Transition>> MoveAsync(
        ContentActor actor, Guid versionId, ContentRole role, VersionState[] from, VersionState to, string? comment, AuditAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (item, version, failure) = await LoadAsync<Transition>(context, actor, versionId, role, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        if (!from.Contains(version!.State))
        {
            return InvalidFrom(version.State);
        }

        if (item!.LatestVersionId != version.Id)
        {
            return ContentResult.Fail<Transition>(Failure.Conflict, ContentProblem.Error(ContentCodes.NotLatestVersion, "versionId"));
        }

        if (to == VersionState.Approved && version.AuthorId == actor.UserId)
        {
            return ContentResult.Forbidden<Transition>(ContentCodes.FourEyes);
        }

        var now = time.GetUtcNow();
        if (to == VersionState.InReview)
        {
            var problems = await PublishChecks.RunAsync(context, item!, version, now, cancellationToken);
            if (problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                return ContentResult.Invalid<Transition>(problems);
            }
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var approving = to == VersionState.Approved;
        var changed = await context.Set<ContentVersion>()
            .Where(v => v.Id == version.Id && v.State == version.State)
            .ExecuteUpdateAsync(
                s =>
                {
                    s.SetProperty(v => v.State, to);
                    if (approving)
                    {
                        s.SetProperty(v => v.ApprovedBy, actor.UserId).SetProperty(v => v.ApprovedAt, (DateTimeOffset?)now);
                    }
                    else if (to == VersionState.ChangesRequested)
                    {
                        s.SetProperty(v => v.PublishAt, (DateTimeOffset?)null); // a returned version is no longer scheduled
                    }
                },
                cancellationToken);
        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ContentResult.Fail<Transition>(Failure.Conflict, ContentProblem.Error(ContentCodes.InvalidTransition, "state"));
        }

        await context.Set<ContentItem>()
            .Where(i => i.Id == item.Id && i.LatestVersionId == version.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LatestState, to).SetProperty(i => i.UpdatedAt, now), cancellationToken);
        context.Add(Transitions.Action(item, version, to, actor, comment, now));
        ContentAuditLog.Record(context, now, actor, action, item.Id, version.Id, item.OwnerDepartmentId, $"v{version.Number} {version.State}→{to}", Transitions.Clean(comment));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ContentResult.Success<Transition>(new Transition(item.Id, version.Id, version.State, to, now));
    }

    /// <summary>The version and its item, or the failure: not found, deleted, or the actor lacks <paramref name="role"/> there.</summary>
    private static async Task<(ContentItem? Item, ContentVersion? Version, ContentResult<T>? Failure)> LoadAsync<T>(
        ContentDbContext context, ContentActor actor, Guid versionId, ContentRole? role, CancellationToken cancellationToken)
    {
        var version = await context.Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        var item = version is null ? null : await context.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == version.ItemId, cancellationToken);
        if (version is null || item is null)
        {
            return (null, null, ContentResult.NotFound<T>("versionId"));
        }

        if (item.IsDeleted)
        {
            return (null, null, ContentResult.Invalid<T>([ContentProblem.Error(ContentCodes.ItemDeleted, "itemId")]));
        }

        var allowed = role is { } needed
            ? await DepartmentAccess.HasRoleAsync(context, actor, needed, item.OwnerDepartmentId, cancellationToken)
            : actor.IsSystem || (await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken)).Contains(item.OwnerDepartmentId);
        return allowed ? (item, version, null) : (null, null, ContentResult.Forbidden<T>(ContentCodes.AccessDenied));
    }

    private static ContentResult<Transition> InvalidFrom(VersionState state) =>
        ContentResult.Invalid<Transition>([ContentProblem.Error(ContentCodes.InvalidTransition, "state", state.ToString())]);
}
