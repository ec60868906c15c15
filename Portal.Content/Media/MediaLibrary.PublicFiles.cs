using Microsoft.EntityFrameworkCore;
using Portal.Content.Items;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    /// <summary>
    /// The originals of these assets that a live version uses (name, type, size, ETag), for lists of downloads; the
    /// others are left out exactly as <see cref="FindPublicFileAsync"/> would refuse them.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, MediaFile>> DescribePublicFilesAsync(IEnumerable<Guid> assetIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assetIds);
        var ids = assetIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaFile>();
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var live = context.Set<MediaUsage>()
            .Where(u => ids.Contains(u.AssetId) && context.Set<ContentItem>().Any(i => i.PublishedVersionId == u.VersionId && !i.IsDeleted))
            .Select(u => u.AssetId);
        var assets = await context.Set<MediaAsset>().AsNoTracking().Where(a => live.Contains(a.Id)).ToListAsync(cancellationToken);
        return assets.ToDictionary(a => a.Id, OriginalOf);
    }
}
