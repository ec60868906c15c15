using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;

namespace Portal.Content.Audit;

/// <summary>Reads the audit trail (services write it in the same transaction as the change it records).</summary>
public sealed class ContentAuditLog(ContentContexts contexts)
{
    /// <summary>
    /// Newest first. Security and audit administrators see everything; anyone else sees the events of the departments where they hold a
    /// content role.
    /// </summary>
    public async Task<Page<AuditEventView>> QueryAsync(ContentActor actor, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var events = context.Set<AuditEvent>().AsNoTracking();
        if (!actor.SeesAllAudit)
        {
            var visible = await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken);
            events = events.Where(e => e.DepartmentId != null && visible.Contains(e.DepartmentId.Value));
        }

        if (query.ActorId is { Length: > 0 } actorId)
        {
            events = events.Where(e => e.ActorId == actorId);
        }

        if (query.ItemId is { } itemId)
        {
            events = events.Where(e => e.ItemId == itemId);
        }

        if (query.AssetId is { } assetId)
        {
            events = events.Where(e => e.AssetId == assetId);
        }

        if (query.DepartmentId is { } departmentId)
        {
            events = events.Where(e => e.DepartmentId == departmentId);
        }

        if (query.Actions is { Count: > 0 } actions)
        {
            var list = actions.ToList();
            events = events.Where(e => list.Contains(e.Action));
        }

        if (query.From is { } from)
        {
            events = events.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            events = events.Where(e => e.At < to);
        }

        var (skip, take) = Paging.Bounds(query.PageNumber, query.PageSize);
        var total = await events.CountAsync(cancellationToken);
        var items = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new Page<AuditEventView>([.. items.Select(AuditEventView.Of)], skip / take + 1, take, total);
    }

    /// <summary>
    /// The titles (of the working copy) of items named by events the person was shown, for the audit view's rows; deleted
    /// items keep their title. Items in departments the person cannot see are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ItemTitlesAsync(ContentActor actor, IEnumerable<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(itemIds);
        var ids = itemIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var items = context.Set<Items.ContentItem>().AsNoTracking().Where(i => ids.Contains(i.Id));
        if (!actor.SeesAllAudit)
        {
            var visible = await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken);
            items = items.Where(i => visible.Contains(i.OwnerDepartmentId));
        }

        return await items.ToDictionaryAsync(i => i.Id, i => i.Title, cancellationToken);
    }

    /// <summary>An event of the media library: <paramref name="assetId"/> is the asset or folder.</summary>
    internal static AuditEvent RecordMedia(
        ContentDbContext context, DateTimeOffset at, ContentActor actor, AuditAction action, Guid assetId, Guid departmentId, string summary)
    {
        var entry = Record(context, at, actor, action, null, null, departmentId, summary);
        entry.AssetId = assetId;
        return entry;
    }

    internal static AuditEvent Record(
        ContentDbContext context, DateTimeOffset at, ContentActor actor, AuditAction action, Guid? itemId, Guid? versionId, Guid? departmentId, string summary, string? comment = null)
    {
        var entry = new AuditEvent
        {
            At = at,
            ActorId = actor.UserId,
            Action = action,
            ItemId = itemId,
            VersionId = versionId,
            DepartmentId = departmentId,
            Summary = summary.Length > 400 ? summary[..400] : summary,
            Comment = comment,
        };
        context.Set<AuditEvent>().Add(entry);
        return entry;
    }
}
