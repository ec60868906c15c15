using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    /// <summary>
    /// Replaces the file's alt texts, captions and credits (a culture left out loses its texts) and, when given, the
    /// name it is downloaded under (the extension stays the one of its type).
    /// </summary>
    public async Task<ContentResult<MediaAssetView>> UpdateTextsAsync(
        ContentActor actor, Guid assetId, IReadOnlyList<MediaTextInput> texts, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (asset, refused) = await EditableAssetAsync<MediaAssetView>(context, actor, assetId, cancellationToken);
        if (asset is null)
        {
            return refused!;
        }

        var problems = new List<ContentProblem>();
        var wanted = MediaTextRules.Texts(texts, problems);
        string? name = null;
        if (fileName is not null)
        {
            name = MediaTextRules.CleanFileName(fileName, problems);
            if (name is not null && MediaFormats.ClaimedBy(name)?.Format != asset.Format)
            {
                problems.Add(ContentProblem.Error(ContentCodes.MediaExtensionMismatch, "fileName", MediaFormats.Of(asset.Format).Extensions[0]));
            }
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<MediaAssetView>(problems);
        }

        foreach (var old in asset.Texts.Where(t => wanted.All(w => w.Culture != t.Culture)).ToList())
        {
            asset.Texts.Remove(old);
        }

        foreach (var text in wanted)
        {
            if (asset.TextFor(text.Culture) is { } existing)
            {
                (existing.Alt, existing.Caption, existing.Credit) = (text.Alt, text.Caption, text.Credit);
            }
            else
            {
                asset.Texts.Add(text);
            }
        }

        var now = time.GetUtcNow();
        var renamed = name is not null && name != asset.OriginalFileName;
        var summary = renamed ? $"texts; renamed {asset.OriginalFileName} → {name}" : $"texts of {asset.OriginalFileName}";
        asset.OriginalFileName = name ?? asset.OriginalFileName;
        asset.UpdatedBy = actor.UserId;
        asset.UpdatedAt = now;
        ContentAuditLog.RecordMedia(context, now, actor, AuditAction.MediaEdited, asset.Id, asset.OwnerDepartmentId, summary);
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(MediaAssetView.Of(asset));
    }

    /// <summary>Moves the file into a folder of its department, or to the top of the library when <paramref name="folderId"/> is null.</summary>
    public async Task<ContentResult<MediaAssetView>> MoveAsync(ContentActor actor, Guid assetId, Guid? folderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (asset, refused) = await EditableAssetAsync<MediaAssetView>(context, actor, assetId, cancellationToken);
        if (asset is null)
        {
            return refused!;
        }

        if (folderId is { } target && !await context.Set<MediaFolder>().AnyAsync(f => f.Id == target && f.OwnerDepartmentId == asset.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Invalid<MediaAssetView>([ContentProblem.Error(ContentCodes.MediaFolderUnknown, "folderId", target.ToString())]);
        }

        var now = time.GetUtcNow();
        var from = asset.FolderId;
        asset.FolderId = folderId;
        asset.UpdatedBy = actor.UserId;
        asset.UpdatedAt = now;
        ContentAuditLog.RecordMedia(context, now, actor, AuditAction.MediaMoved, asset.Id, asset.OwnerDepartmentId,
            $"{asset.OriginalFileName}: {from?.ToString("N") ?? "top"} → {folderId?.ToString("N") ?? "top"}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(MediaAssetView.Of(asset));
    }

    /// <summary>
    /// Deletes the file, its renditions and their blobs. Refused (<see cref="ContentCodes.MediaInUse"/>, one problem per
    /// item) while the working copy or the live version of an item uses it; older versions do not hold it.
    /// </summary>
    public async Task<ContentResult<bool>> DeleteAsync(ContentActor actor, Guid assetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var (asset, refused) = await EditableAssetAsync<bool>(context, actor, assetId, cancellationToken);
        if (asset is null)
        {
            return refused!;
        }

        var users = await MediaUsageIndex.UsesOf(context, assetId).Select(u => u.ItemId).Distinct().ToListAsync(cancellationToken);
        if (users.Count > 0)
        {
            return ContentResult.Invalid<bool>(users.Select(itemId => ContentProblem.Error(ContentCodes.MediaInUse, "assetId", itemId.ToString())));
        }

        var keys = asset.Renditions.Select(r => r.BlobKey).Append(asset.BlobKey).ToList();
        context.Remove(asset);
        ContentAuditLog.RecordMedia(context, time.GetUtcNow(), actor, AuditAction.MediaDeleted, asset.Id, asset.OwnerDepartmentId,
            $"{asset.OriginalFileName} ({asset.ContentType}, {asset.Length} bytes, sha256 {asset.Sha256[..16]}…)");
        await context.SaveChangesAsync(cancellationToken);
        // The rows go first: a blob left over by a failing store is unreachable, a row without its blob would be a broken file.
        await DeleteBlobsAsync(keys);
        return ContentResult.Success(true);
    }

    /// <summary>The file with its texts and renditions, or why the actor may not change it (unknown, or another department's).</summary>
    private static async Task<(MediaAsset? Asset, ContentResult<T>? Refused)> EditableAssetAsync<T>(
        ContentDbContext context, ContentActor actor, Guid assetId, CancellationToken cancellationToken)
    {
        var asset = await context.Set<MediaAsset>().Include(a => a.Texts).Include(a => a.Renditions).SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return (null, ContentResult.NotFound<T>("assetId"));
        }

        return await MayEditAsync(context, actor, asset.OwnerDepartmentId, cancellationToken)
            ? (asset, null)
            : (null, ContentResult.Forbidden<T>(ContentCodes.AccessDenied));
    }
}
