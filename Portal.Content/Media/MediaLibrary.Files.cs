using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Storage.Blobs;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    /// <summary>
    /// A file for the public: only an asset that the live version of a published item uses. Null otherwise, exactly as
    /// for an asset that does not exist. An image is never served as uploaded: its original may carry EXIF data such
    /// as where the photo was taken, so the public get its largest rendition, re-encoded without metadata.
    /// </summary>
    public async Task<MediaFile?> FindPublicFileAsync(Guid assetId, string? rendition, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MediaUsageIndex.IsLiveAsync(context, assetId, cancellationToken))
        {
            return null;
        }

        if (string.IsNullOrEmpty(rendition)
            && await context.Set<MediaAsset>().Where(a => a.Id == assetId).Select(a => a.Kind).SingleAsync(cancellationToken) == MediaKind.Image)
        {
            rendition = await context.Set<MediaRendition>().Where(r => r.AssetId == assetId)
                .OrderByDescending(r => r.Width).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
            if (rendition is null)
            {
                return null;
            }
        }

        return await DescribeAsync(context, assetId, rendition, cancellationToken);
    }

    /// <summary>A file for staff: any asset of a department the person may see. Null when there is none or it is out of reach.</summary>
    public async Task<MediaFile?> FindStaffFileAsync(ContentActor actor, Guid assetId, string? rendition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var file = await DescribeAsync(context, assetId, rendition, cancellationToken);
        var department = file is null ? null : await context.Set<MediaAsset>().Where(a => a.Id == assetId).Select(a => (Guid?)a.OwnerDepartmentId).SingleOrDefaultAsync(cancellationToken);
        return department is { } owner && await MayReadAsync(context, actor, owner, cancellationToken) ? file : null;
    }

    /// <summary>Opens a file found by <see cref="FindPublicFileAsync"/> or <see cref="FindStaffFileAsync"/>, whole or a byte range of it.</summary>
    /// <exception cref="BlobRangeNotSatisfiableException">The range starts beyond the end.</exception>
    public Task<BlobDownload?> OpenAsync(MediaFile file, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return blobs.OpenReadAsync(file.BlobKey, range, cancellationToken);
    }

    private static async Task<MediaFile?> DescribeAsync(ContentDbContext context, Guid assetId, string? rendition, CancellationToken cancellationToken)
    {
        var asset = await context.Set<MediaAsset>().AsNoTracking().Include(a => a.Renditions).SingleOrDefaultAsync(a => a.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        // The bytes behind an id never change, so the hash is a strong validator on every node and either store.
        if (string.IsNullOrEmpty(rendition))
        {
            return OriginalOf(asset);
        }

        if (asset.Renditions.FirstOrDefault(r => r.Name == rendition) is not { } found)
        {
            return null;
        }

        var extension = found.ContentType == "image/webp" ? ".webp" : ".jpg";
        var name = $"{Path.GetFileNameWithoutExtension(asset.OriginalFileName)}-{found.Name}{extension}";
        return new MediaFile(asset.Id, found.Name, name, found.ContentType, MediaKind.Image, found.Length, $"\"{asset.Sha256[..32]}-{found.Name}\"", asset.CreatedAt)
        {
            BlobKey = found.BlobKey,
        };
    }

    private static MediaFile OriginalOf(MediaAsset asset) =>
        new(asset.Id, null, asset.OriginalFileName, asset.ContentType, asset.Kind, asset.Length, $"\"{asset.Sha256[..32]}\"", asset.CreatedAt)
        {
            BlobKey = asset.BlobKey,
        };
}
