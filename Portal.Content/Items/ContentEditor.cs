using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Media;
using Portal.Content.Departments;
using Portal.Content.Publication;
using Portal.Content.Search;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>
/// Creating items and saving their drafts. Every save inserts a new version; the item's pointer to the latest version
/// moves only if it still points at the version the editor started from, so of two editors saving the same draft the
/// second gets a conflict with their own text back instead of overwriting the first.
/// </summary>
public sealed class ContentEditor(
    ContentContexts contexts,
    VersionPreparation preparation,
    PublicationNotifier notifier,
    TimeProvider time)
{
    /// <summary>States of a latest version that a newer save replaces (their review, if any, ends).</summary>
    private static readonly VersionState[] WorkingStates = [VersionState.Draft, VersionState.ChangesRequested, VersionState.InReview, VersionState.Approved];

    public async Task<ContentResult<SavedVersion>> CreateAsync(ContentActor actor, ContentType type, NewContentItem request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await context.Set<Department>().AnyAsync(d => d.Id == request.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Invalid<SavedVersion>([ContentProblem.Error(ContentCodes.UnknownDepartment, "ownerDepartmentId", request.OwnerDepartmentId.ToString())]);
        }

        if (!await DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Editor, request.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<SavedVersion>(ContentCodes.AccessDenied, "ownerDepartmentId");
        }

        var problems = new List<ContentProblem>();
        if (!ContentCultures.IsSupported(request.Culture))
        {
            problems.Add(ContentProblem.Error(ContentCodes.UnsupportedCulture, "culture", request.Culture));
        }

        if (!Enum.IsDefined(request.Rendition) || !Enum.IsDefined(type))
        {
            problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, Enum.IsDefined(type) ? "rendition" : "type"));
            return ContentResult.Invalid<SavedVersion>(problems);
        }

        var variantSetId = Guid.Empty;
        if (request.VariantOf is { } variantOf)
        {
            var source = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == variantOf && !i.IsDeleted, cancellationToken);
            if (source is null)
            {
                problems.Add(ContentProblem.Error(ContentCodes.UnknownReference, "variantOf", variantOf.ToString()));
            }
            else if (source.Type != type)
            {
                problems.Add(ContentProblem.Error(ContentCodes.VariantTypeMismatch, "variantOf", source.Type.ToString()));
            }
            else if (await context.Set<ContentItem>().AnyAsync(i => i.VariantSetId == source.VariantSetId && i.Culture == request.Culture && i.Rendition == request.Rendition, cancellationToken))
            {
                problems.Add(ContentProblem.Error(ContentCodes.VariantExists, "variantOf", $"{request.Culture}/{request.Rendition}"));
            }
            else
            {
                variantSetId = source.VariantSetId;
            }
        }

        if (request.ParentId is { } parentId)
        {
            if (!ContentTypes.Of(type).HasParent)
            {
                problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, "parentId"));
            }
            else if (!await context.Set<ContentItem>().AnyAsync(i => i.Id == parentId && i.Type == type && i.Culture == request.Culture && !i.IsDeleted, cancellationToken))
            {
                problems.Add(ContentProblem.Error(ContentCodes.UnknownReference, "parentId", parentId.ToString()));
            }
        }

        var now = time.GetUtcNow();
        var itemId = Guid.CreateVersion7(now);
        var (prepared, preparationProblems) = await preparation.PrepareAsync(
            context, type, itemId, request.Culture, request.Rendition, currentSlug: null, request.Draft, cancellationToken);
        problems.AddRange(preparationProblems);
        if (prepared is null || problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return ContentResult.Invalid<SavedVersion>(problems);
        }

        var versionId = Guid.CreateVersion7(now);
        var item = new ContentItem
        {
            Id = itemId,
            Type = type,
            OwnerDepartmentId = request.OwnerDepartmentId,
            VariantSetId = variantSetId == Guid.Empty ? Guid.CreateVersion7(now) : variantSetId,
            Culture = request.Culture,
            Rendition = request.Rendition,
            Slug = prepared.Slug,
            ParentId = request.ParentId,
            LatestVersionId = versionId,
            LatestNumber = 1,
            LatestState = VersionState.Draft,
            Title = prepared.Title,
            CreatedBy = actor.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.Add(item);
        AddVersion(context, item, versionId, 1, prepared, actor, now, request.Draft.ChangeNote, basedOn: null, restoredFrom: null);
        ContentAuditLog.Record(context, now, actor, AuditAction.Created, itemId, versionId, item.OwnerDepartmentId, $"{type} {request.Culture}/{request.Rendition} v1");
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The slug or the variant slot was taken between the check and the insert.
            return ContentResult.Invalid<SavedVersion>([ContentProblem.Error(ContentCodes.SlugTaken, "slug", prepared.Slug)]);
        }

        return ContentResult.Success<SavedVersion>(new SavedVersion(itemId, versionId, 1, prepared.Slug), problems);
    }

    /// <summary>
    /// Saves <paramref name="draft"/> as the next version of the item, on top of <paramref name="baseVersionId"/> (the
    /// version the editor opened). If someone saved since, nothing is saved and the result is a conflict holding the draft.
    /// </summary>
    public Task<ContentResult<SavedVersion>> SaveDraftAsync(
        ContentActor actor, Guid itemId, Guid baseVersionId, ContentDraft draft, CancellationToken cancellationToken = default) =>
        SaveAsync(actor, itemId, baseVersionId, draft, restoredFrom: null, cancellationToken);

    /// <summary>The item as the editor opens it: its latest version as a draft.</summary>
    public async Task<ContentResult<EditableItem>> OpenAsync(ContentActor actor, Guid itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<EditableItem>("itemId");
        }

        if (!(await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken)).Contains(item.OwnerDepartmentId) && !actor.IsSystem)
        {
            return ContentResult.Forbidden<EditableItem>(ContentCodes.AccessDenied);
        }

        var version = await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == item.LatestVersionId, cancellationToken);
        var draft = await DraftOfAsync(context, version, cancellationToken);
        return ContentResult.Success<EditableItem>(new EditableItem(
            item.Id, item.Type, item.OwnerDepartmentId, item.Culture, item.Rendition, item.Slug, item.LatestVersionId, item.LatestNumber, item.LatestState, item.PublishedVersionId, draft,
            version.PublishAt, item.UnpublishAt));
    }

    /// <summary>Marks the item deleted (it is never removed: its history stays). A live item goes offline first.</summary>
    public async Task<ContentResult<bool>> DeleteAsync(ContentActor actor, Guid itemId, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == itemId && !i.IsDeleted, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<bool>("itemId");
        }

        // Removing what the public has seen is a publisher's decision; an editor may delete what never went out.
        var role = item.FirstPublishedAt is null ? ContentRole.Editor : ContentRole.Publisher;
        if (!await DepartmentAccess.HasRoleAsync(context, actor, role, item.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<bool>(ContentCodes.AccessDenied);
        }

        var now = time.GetUtcNow();
        var wasLive = item.PublishedVersionId;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (wasLive is { } liveId)
        {
            var live = await context.Set<ContentVersion>().SingleAsync(v => v.Id == liveId, cancellationToken);
            context.Add(Transitions.Action(item, live, VersionState.Archived, actor, comment, now));
            live.State = VersionState.Archived;
        }

        item.IsDeleted = true;
        item.DeletedAt = now;
        item.DeletedBy = actor.UserId;
        item.PublishedVersionId = null;
        item.UnpublishAt = null;
        item.UpdatedAt = now;
        ContentAuditLog.Record(context, now, actor, AuditAction.Deleted, item.Id, wasLive, item.OwnerDepartmentId, wasLive is null ? "deleted" : "deleted (was live)", comment);
        await context.SaveChangesAsync(cancellationToken);
        var tags = wasLive is null ? null : await PublicationNotifier.TagsAsync(context, item, null, [wasLive], cancellationToken);
        await SearchIndexWriter.RefreshAsync(context, item.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (tags is not null)
        {
            await notifier.NotifyAsync(new ContentPublicationChange(
                PublicationChangeKind.Deleted, item.Id, wasLive, item.Type, item.Culture, item.Rendition, item.Slug, null, tags, actor.UserId, now));
        }

        return ContentResult.Success<bool>(true);
    }

    internal async Task<ContentResult<SavedVersion>> SaveAsync(
        ContentActor actor, Guid itemId, Guid baseVersionId, ContentDraft draft, Guid? restoredFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(draft);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<SavedVersion>("itemId");
        }

        if (item.IsDeleted)
        {
            return ContentResult.Invalid<SavedVersion>([ContentProblem.Error(ContentCodes.ItemDeleted, "itemId")]);
        }

        if (!await DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Editor, item.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<SavedVersion>(ContentCodes.AccessDenied);
        }

        if (item.LatestVersionId != baseVersionId)
        {
            return await ConflictAsync(context, item.Id, baseVersionId, draft, cancellationToken);
        }

        var latest = await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == item.LatestVersionId, cancellationToken);
        var (prepared, problems) = await preparation.PrepareAsync(context, item.Type, item.Id, item.Culture, item.Rendition, latest.Slug, draft, cancellationToken);
        if (prepared is null)
        {
            return ContentResult.Invalid<SavedVersion>(problems);
        }

        var now = time.GetUtcNow();
        var versionId = Guid.CreateVersion7(now);
        var number = item.LatestNumber + 1;
        // A slug is public only once published; before that the item's slug follows its drafts.
        var slug = item.FirstPublishedAt is null ? prepared.Slug : item.Slug;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var moved = await context.Set<ContentItem>()
            .Where(i => i.Id == item.Id && i.LatestVersionId == baseVersionId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.LatestVersionId, versionId)
                    .SetProperty(i => i.LatestNumber, number)
                    .SetProperty(i => i.LatestState, VersionState.Draft)
                    .SetProperty(i => i.Title, prepared.Title)
                    .SetProperty(i => i.Slug, slug)
                    .SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
        if (moved == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(context, item.Id, baseVersionId, draft, cancellationToken);
        }

        await DraftSearchIndex.RemoveAsync(context, item.Id, cancellationToken);
        if (WorkingStates.Contains(latest.State))
        {
            var replaced = await context.Set<ContentVersion>().SingleAsync(v => v.Id == latest.Id, cancellationToken);
            if (replaced.State != VersionState.Draft)
            {
                context.Add(Transitions.Action(item, replaced, VersionState.Superseded, actor, "replaced by v" + number, now));
            }

            replaced.State = VersionState.Superseded;
            replaced.PublishAt = null;
            replaced.PublishScheduledBy = null;
        }

        AddVersion(context, item, versionId, number, prepared, actor, now, draft.ChangeNote, baseVersionId, restoredFrom);
        var action = restoredFrom is null ? AuditAction.Edited : AuditAction.Restored;
        var summary = restoredFrom is null ? $"v{number}" : $"v{number} from {restoredFrom}";
        ContentAuditLog.Record(context, now, actor, action, item.Id, versionId, item.OwnerDepartmentId, summary, draft.ChangeNote);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return ContentResult.Invalid<SavedVersion>([ContentProblem.Error(ContentCodes.SlugTaken, "slug", prepared.Slug)]);
        }

        return ContentResult.Success<SavedVersion>(new SavedVersion(item.Id, versionId, number, prepared.Slug), problems);
    }

    /// <summary>A version's content as a draft (for opening, restoring and conflicts).</summary>
    internal static async Task<ContentDraft> DraftOfAsync(ContentDbContext context, ContentVersion version, CancellationToken cancellationToken)
    {
        var terms = await (from vt in context.Set<VersionTerm>()
                           join t in context.Set<Term>() on vt.TermId equals t.Id
                           where vt.VersionId == version.Id
                           select new { t.Vocabulary, t.Key }).ToListAsync(cancellationToken);
        return new ContentDraft
        {
            Title = version.Title,
            Summary = version.Summary,
            Slug = version.Slug,
            Blocks = version.ReadBlocks(),
            Fields = version.ReadFields(),
            Seo = version.Seo,
            Terms = terms.GroupBy(t => t.Vocabulary).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Key).Order(StringComparer.Ordinal)]),
            ChangeNote = version.ChangeNote,
        };
    }

    private static async Task<ContentResult<SavedVersion>> ConflictAsync(
        ContentDbContext context, Guid itemId, Guid baseVersionId, ContentDraft draft, CancellationToken cancellationToken)
    {
        var latest = await context.Set<ContentVersion>().AsNoTracking()
            .Where(v => v.ItemId == itemId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.AuthorId, v.CreatedAt })
            .FirstAsync(cancellationToken);
        return ContentResult.Conflicted<SavedVersion>(new EditConflict(draft, baseVersionId, latest.Id, latest.Number, latest.AuthorId, latest.CreatedAt));
    }

    private static void AddVersion(
        ContentDbContext context, ContentItem item, Guid versionId, int number, PreparedVersion prepared, ContentActor actor, DateTimeOffset now,
        string? changeNote, Guid? basedOn, Guid? restoredFrom)
    {
        var version = new ContentVersion
        {
            Id = versionId,
            ItemId = item.Id,
            Number = number,
            BasedOnVersionId = basedOn,
            RestoredFromVersionId = restoredFrom,
            Title = prepared.Title,
            Summary = prepared.Summary,
            Slug = prepared.Slug,
            BodyJson = prepared.BodyJson,
            FieldsJson = prepared.FieldsJson,
            MetaTitle = prepared.Seo.MetaTitle,
            MetaDescription = prepared.Seo.MetaDescription,
            SeoImageAssetId = prepared.Seo.ImageAssetId,
            NoIndex = prepared.Seo.NoIndex,
            PlainText = prepared.PlainText,
            ChangeNote = string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim()[..Math.Min(changeNote.Trim().Length, 1000)],
            AuthorId = actor.UserId,
            CreatedAt = now,
            State = VersionState.Draft,
        };
        context.Add(version);
        MediaUsageIndex.Record(context, version);
        DraftSearchIndex.Add(context, item.Id, version.Title, version.PlainText);
        foreach (var termId in prepared.TermIds.Distinct())
        {
            context.Add(new VersionTerm { VersionId = versionId, TermId = termId });
        }
    }
}
