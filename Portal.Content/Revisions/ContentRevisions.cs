using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;

namespace Portal.Content.Revisions;

/// <summary>An item's versions: list them, compare any two (or one with the live version), restore one as a new draft.</summary>
public sealed class ContentRevisions(ContentContexts contexts, ContentEditor editor)
{
    public async Task<ContentResult<Page<RevisionSummary>>> ListAsync(
        ContentActor actor, Guid itemId, int pageNumber = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await VisibleItemAsync(context, actor, itemId, cancellationToken);
        if (item is null)
        {
            return ContentResult.NotFound<Page<RevisionSummary>>("itemId");
        }

        var versions = context.Set<ContentVersion>().AsNoTracking().Where(v => v.ItemId == itemId);
        var (skip, take) = Paging.Bounds(pageNumber, pageSize);
        var total = await versions.CountAsync(cancellationToken);
        var rows = await versions.OrderByDescending(v => v.Number).Skip(skip).Take(take)
            .Select(v => new { v.Id, v.Number, v.Title, v.State, v.AuthorId, v.CreatedAt, v.ChangeNote, v.RestoredFromVersionId })
            .ToListAsync(cancellationToken);
        var list = rows.ConvertAll(v => new RevisionSummary(
            v.Id, v.Number, v.Title, v.State, v.AuthorId, v.CreatedAt, v.ChangeNote, v.RestoredFromVersionId, v.Id == item.PublishedVersionId, v.Id == item.LatestVersionId));
        return ContentResult.Success<Page<RevisionSummary>>(new Page<RevisionSummary>(list, skip / take + 1, take, total));
    }

    /// <summary>Compares two versions of the same item; the older one (by number) is the "from" side.</summary>
    public async Task<ContentResult<VersionDiff>> DiffAsync(ContentActor actor, Guid versionA, Guid versionB, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await context.Set<ContentVersion>().AsNoTracking().Where(v => v.Id == versionA || v.Id == versionB).ToListAsync(cancellationToken);
        if (versions.Count != (versionA == versionB ? 1 : 2) || versions.Select(v => v.ItemId).Distinct().Count() != 1)
        {
            return ContentResult.NotFound<VersionDiff>("versionId");
        }

        if (await VisibleItemAsync(context, actor, versions[0].ItemId, cancellationToken) is null)
        {
            return ContentResult.NotFound<VersionDiff>("versionId");
        }

        var ordered = versions.OrderBy(v => v.Number).ToList();
        return ContentResult.Success<VersionDiff>(await DiffAsync(context, ordered[0], ordered[^1], cancellationToken));
    }

    /// <summary>What the reviewer sees: the version against the live one (everything added when nothing is live yet).</summary>
    public async Task<ContentResult<VersionDiff>> DiffWithLiveAsync(ContentActor actor, Guid versionId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await context.Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        var item = version is null ? null : await VisibleItemAsync(context, actor, version.ItemId, cancellationToken);
        if (version is null || item is null)
        {
            return ContentResult.NotFound<VersionDiff>("versionId");
        }

        var live = item.PublishedVersionId is { } liveId
            ? await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == liveId, cancellationToken)
            : null;
        return ContentResult.Success<VersionDiff>(await DiffAsync(context, live, version, cancellationToken));
    }

    /// <summary>
    /// Makes a new draft with the content of <paramref name="versionId"/> on top of <paramref name="baseVersionId"/> (the
    /// latest version the editor saw). The restored content is checked again like any save; nothing is overwritten.
    /// </summary>
    public async Task<ContentResult<SavedVersion>> RestoreAsync(
        ContentActor actor, Guid versionId, Guid baseVersionId, CancellationToken cancellationToken = default)
    {
        ContentDraft draft;
        Guid itemId;
        int number;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var version = await context.Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
            if (version is null)
            {
                return ContentResult.NotFound<SavedVersion>("versionId");
            }

            itemId = version.ItemId;
            number = version.Number;
            draft = await ContentEditor.DraftOfAsync(context, version, cancellationToken);
        }

        return await editor.SaveAsync(actor, itemId, baseVersionId, draft with { ChangeNote = $"restored v{number}" }, versionId, cancellationToken);
    }

    private static async Task<VersionDiff> DiffAsync(ContentDbContext context, ContentVersion? older, ContentVersion newer, CancellationToken cancellationToken)
    {
        var ids = new[] { older?.Id, newer.Id }.OfType<Guid>().ToList();
        var terms = await (from vt in context.Set<VersionTerm>()
                           join t in context.Set<Term>() on vt.TermId equals t.Id
                           where ids.Contains(vt.VersionId)
                           select new { vt.VersionId, t.Vocabulary, t.Key }).ToListAsync(cancellationToken);
        List<string> TermsOf(Guid? id) => [.. terms.Where(t => t.VersionId == id).Select(t => $"{t.Vocabulary}:{t.Key}")];
        return VersionDiffer.Diff(older, TermsOf(older?.Id), newer, TermsOf(newer.Id));
    }

    private static async Task<ContentItem?> VisibleItemAsync(ContentDbContext context, ContentActor actor, Guid itemId, CancellationToken cancellationToken)
    {
        var item = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        return actor.IsSystem || actor.IsAdministrator || (await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken)).Contains(item.OwnerDepartmentId)
            ? item
            : null;
    }
}
