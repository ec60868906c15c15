using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Content.Items;

namespace Portal.Content.Media;

/// <summary>Writes and reads the usage index (<see cref="MediaUsage"/>).</summary>
internal static class MediaUsageIndex
{
    /// <summary>Adds the rows of a version being inserted; the caller saves them in the same transaction.</summary>
    public static void Record(ContentDbContext context, ContentVersion version)
    {
        foreach (var assetId in version.ReadMediaAssetIds())
        {
            context.Add(new MediaUsage { VersionId = version.Id, AssetId = assetId });
        }
    }

    /// <summary>The items (not deleted) whose latest or live version uses the asset.</summary>
    public static IQueryable<MediaUse> UsesOf(ContentDbContext context, Guid assetId) =>
        from usage in context.Set<MediaUsage>().AsNoTracking()
        where usage.AssetId == assetId
        from item in context.Set<ContentItem>()
        where !item.IsDeleted && (item.LatestVersionId == usage.VersionId || item.PublishedVersionId == usage.VersionId)
        join version in context.Set<ContentVersion>() on usage.VersionId equals version.Id
        select new MediaUse(
            item.Id, item.Type, item.Culture, item.Rendition, item.Title, item.OwnerDepartmentId,
            version.Id, version.Number, item.PublishedVersionId == usage.VersionId, item.LatestVersionId == usage.VersionId);

    /// <summary>Whether a live version of an item that is not deleted uses the asset: only such files are public.</summary>
    public static Task<bool> IsLiveAsync(ContentDbContext context, Guid assetId, CancellationToken cancellationToken) =>
        context.Set<MediaUsage>().AnyAsync(
            u => u.AssetId == assetId && context.Set<ContentItem>().Any(i => i.PublishedVersionId == u.VersionId && !i.IsDeleted),
            cancellationToken);
}
