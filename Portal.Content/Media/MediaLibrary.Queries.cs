using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    public async Task<ContentResult<MediaAssetView>> GetAsync(ContentActor actor, Guid assetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var asset = await context.Set<MediaAsset>().AsNoTracking().Include(a => a.Texts).Include(a => a.Renditions).SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return ContentResult.NotFound<MediaAssetView>("assetId");
        }

        return await MayReadAsync(context, actor, asset.OwnerDepartmentId, cancellationToken)
            ? ContentResult.Success(MediaAssetView.Of(asset))
            : ContentResult.Forbidden<MediaAssetView>(ContentCodes.AccessDenied);
    }

    /// <summary>The library list: newest first, paged on the server, in the departments the person may see.</summary>
    public async Task<Page<MediaAssetView>> SearchAsync(ContentActor actor, MediaQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var assets = context.Set<MediaAsset>().AsNoTracking();
        if (await VisibleDepartmentsAsync(context, actor, cancellationToken) is { } visible)
        {
            var list = visible.ToList();
            assets = assets.Where(a => list.Contains(a.OwnerDepartmentId));
        }

        if (query.DepartmentId is { } departmentId)
        {
            assets = assets.Where(a => a.OwnerDepartmentId == departmentId);
        }

        if (query.FolderId is { } folderId)
        {
            assets = assets.Where(a => a.FolderId == folderId);
        }
        else if (query.TopLevelOnly)
        {
            assets = assets.Where(a => a.FolderId == null);
        }

        if (query.Kind is { } kind)
        {
            assets = assets.Where(a => a.Kind == kind);
        }

        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            assets = assets.Where(a => a.OriginalFileName.Contains(text)
                || a.Texts.Any(t => (t.Alt != null && t.Alt.Contains(text)) || (t.Caption != null && t.Caption.Contains(text)) || (t.Credit != null && t.Credit.Contains(text))));
        }

        if (query.MissingAltOnly)
        {
            assets = assets.Where(a => a.Kind == MediaKind.Image && !a.Texts.Any(t => t.Culture == ContentCultures.Chinese && t.Alt != null));
        }

        var (skip, take) = Paging.Bounds(query.PageNumber, query.PageSize);
        var total = await assets.CountAsync(cancellationToken);
        var page = await assets.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Skip(skip).Take(take)
            .Include(a => a.Texts).Include(a => a.Renditions).AsSplitQuery().ToListAsync(cancellationToken);
        return new Page<MediaAssetView>([.. page.Select(MediaAssetView.Of)], skip / take + 1, take, total);
    }

    /// <summary>"Where is this used": the items whose working copy or live version uses the asset.</summary>
    public async Task<ContentResult<IReadOnlyList<MediaUse>>> WhereUsedAsync(ContentActor actor, Guid assetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var department = await context.Set<MediaAsset>().Where(a => a.Id == assetId).Select(a => (Guid?)a.OwnerDepartmentId).SingleOrDefaultAsync(cancellationToken);
        if (department is null)
        {
            return ContentResult.NotFound<IReadOnlyList<MediaUse>>("assetId");
        }

        if (!await MayReadAsync(context, actor, department.Value, cancellationToken))
        {
            return ContentResult.Forbidden<IReadOnlyList<MediaUse>>(ContentCodes.AccessDenied);
        }

        var uses = await MediaUsageIndex.UsesOf(context, assetId).ToListAsync(cancellationToken);
        return ContentResult.Success<IReadOnlyList<MediaUse>>([.. uses.OrderBy(u => u.Title, StringComparer.Ordinal).ThenBy(u => u.VersionNumber)]);
    }

    /// <summary>
    /// The kind of each asset id that is in the library; ids missing from the answer are unknown. For the checks of a
    /// draft or a publication (an image block must name an image, captions a WebVTT file).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, MediaKind>> KindsOfAsync(IEnumerable<Guid> assetIds, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await KindsOfAsync(context, assetIds, cancellationToken);
    }

    internal static async Task<IReadOnlyDictionary<Guid, MediaKind>> KindsOfAsync(ContentDbContext context, IEnumerable<Guid> assetIds, CancellationToken cancellationToken)
    {
        var ids = assetIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, MediaKind>()
            : await context.Set<MediaAsset>().AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Kind, cancellationToken);
    }
}
