using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    /// <summary>The department's folders (the UI builds the tree from <see cref="MediaFolderView.ParentId"/>), by name.</summary>
    public async Task<ContentResult<IReadOnlyList<MediaFolderView>>> FoldersAsync(ContentActor actor, Guid departmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayReadAsync(context, actor, departmentId, cancellationToken))
        {
            return ContentResult.Forbidden<IReadOnlyList<MediaFolderView>>(ContentCodes.AccessDenied);
        }

        var folders = await context.Set<MediaFolder>().AsNoTracking().Where(f => f.OwnerDepartmentId == departmentId).ToListAsync(cancellationToken);
        return ContentResult.Success<IReadOnlyList<MediaFolderView>>([.. folders.OrderBy(f => f.Name, StringComparer.Ordinal).Select(MediaFolderView.Of)]);
    }

    public async Task<ContentResult<MediaFolderView>> CreateFolderAsync(ContentActor actor, Guid departmentId, Guid? parentId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await context.Set<Department>().AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            return ContentResult.Invalid<MediaFolderView>([ContentProblem.Error(ContentCodes.UnknownDepartment, "departmentId", departmentId.ToString())]);
        }

        if (!await MayEditAsync(context, actor, departmentId, cancellationToken))
        {
            return ContentResult.Forbidden<MediaFolderView>(ContentCodes.AccessDenied, "departmentId");
        }

        var problems = new List<ContentProblem>();
        var cleanName = MediaTextRules.FolderName(name, problems);
        if (parentId is { } parent && !await context.Set<MediaFolder>().AnyAsync(f => f.Id == parent && f.OwnerDepartmentId == departmentId, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.MediaFolderUnknown, "parentId", parent.ToString()));
        }

        if (cleanName is not null && await NameTakenAsync(context, departmentId, parentId, cleanName, exceptId: null, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.MediaFolderNameTaken, "name", cleanName));
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<MediaFolderView>(problems);
        }

        var now = time.GetUtcNow();
        var folder = new MediaFolder { Id = Guid.CreateVersion7(now), OwnerDepartmentId = departmentId, ParentId = parentId, Name = cleanName!, CreatedBy = actor.UserId, CreatedAt = now };
        context.Add(folder);
        ContentAuditLog.RecordMedia(context, now, actor, AuditAction.MediaFolderCreated, folder.Id, departmentId, $"folder {folder.Name}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(MediaFolderView.Of(folder));
    }

    /// <summary>Renames the folder and, when <paramref name="moveTo"/> is given, moves it under another folder of the department.</summary>
    public async Task<ContentResult<MediaFolderView>> UpdateFolderAsync(
        ContentActor actor, Guid folderId, string name, FolderPlacement? moveTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var folder = await context.Set<MediaFolder>().SingleOrDefaultAsync(f => f.Id == folderId, cancellationToken);
        if (folder is null)
        {
            return ContentResult.NotFound<MediaFolderView>("folderId");
        }

        if (!await MayEditAsync(context, actor, folder.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<MediaFolderView>(ContentCodes.AccessDenied);
        }

        var problems = new List<ContentProblem>();
        var cleanName = MediaTextRules.FolderName(name, problems);
        var parentId = moveTo is null ? folder.ParentId : moveTo.ParentId;
        if (moveTo?.ParentId is { } parent)
        {
            var parents = await context.Set<MediaFolder>().AsNoTracking().Where(f => f.OwnerDepartmentId == folder.OwnerDepartmentId)
                .ToDictionaryAsync(f => f.Id, f => f.ParentId, cancellationToken);
            if (!parents.ContainsKey(parent))
            {
                problems.Add(ContentProblem.Error(ContentCodes.MediaFolderUnknown, "parentId", parent.ToString()));
            }
            else if (parent == folder.Id || DepartmentAccess.AncestorsOf(parent, parents).Contains(folder.Id))
            {
                problems.Add(ContentProblem.Error(ContentCodes.MediaFolderCycle, "parentId", parent.ToString()));
            }
        }

        if (cleanName is not null && await NameTakenAsync(context, folder.OwnerDepartmentId, parentId, cleanName, folder.Id, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.MediaFolderNameTaken, "name", cleanName));
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<MediaFolderView>(problems);
        }

        var summary = $"folder {folder.Name} → {cleanName}" + (parentId == folder.ParentId ? "" : $" under {parentId?.ToString("N") ?? "top"}");
        folder.Name = cleanName!;
        folder.ParentId = parentId;
        ContentAuditLog.RecordMedia(context, time.GetUtcNow(), actor, AuditAction.MediaFolderRenamed, folder.Id, folder.OwnerDepartmentId, summary);
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(MediaFolderView.Of(folder));
    }

    /// <summary>Deletes an empty folder; one with files or folders in it is refused (<see cref="ContentCodes.MediaFolderNotEmpty"/>).</summary>
    public async Task<ContentResult<bool>> DeleteFolderAsync(ContentActor actor, Guid folderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var folder = await context.Set<MediaFolder>().SingleOrDefaultAsync(f => f.Id == folderId, cancellationToken);
        if (folder is null)
        {
            return ContentResult.NotFound<bool>("folderId");
        }

        if (!await MayEditAsync(context, actor, folder.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<bool>(ContentCodes.AccessDenied);
        }

        if (await context.Set<MediaAsset>().AnyAsync(a => a.FolderId == folderId, cancellationToken)
            || await context.Set<MediaFolder>().AnyAsync(f => f.ParentId == folderId, cancellationToken))
        {
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.MediaFolderNotEmpty, "folderId", folder.Name)]);
        }

        context.Remove(folder);
        ContentAuditLog.RecordMedia(context, time.GetUtcNow(), actor, AuditAction.MediaFolderDeleted, folder.Id, folder.OwnerDepartmentId, $"folder {folder.Name}");
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A file or folder arrived in it meanwhile (the foreign keys refuse the delete).
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.MediaFolderNotEmpty, "folderId", folder.Name)]);
        }

        return ContentResult.Success(true);
    }

    private static Task<bool> NameTakenAsync(ContentDbContext context, Guid departmentId, Guid? parentId, string name, Guid? exceptId, CancellationToken cancellationToken) =>
        context.Set<MediaFolder>().AnyAsync(
            f => f.OwnerDepartmentId == departmentId && f.ParentId == parentId && f.Name == name && f.Id != exceptId, cancellationToken);
}

/// <summary>Where a folder goes: under <see cref="ParentId"/>, or at the top of the library when it is null.</summary>
public sealed record FolderPlacement(Guid? ParentId);
