using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;

namespace Portal.Content.Media;

public sealed partial class MediaLibrary
{
    /// <summary>
    /// Adds a file: the type is recognised from its first bytes and must be the one its extension claims; the bytes are
    /// hashed and counted while they stream to the blob store and the upload stops at the kind's size limit; a docx or
    /// pptx must have its Word or PowerPoint folder; images get their renditions. The same bytes already in the
    /// department give the existing asset back (the new blob is deleted). A refused file leaves nothing behind.
    /// </summary>
    public async Task<ContentResult<UploadedMedia>> UploadAsync(ContentActor actor, MediaUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(upload);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await context.Set<Department>().AnyAsync(d => d.Id == upload.DepartmentId, cancellationToken))
        {
            return ContentResult.Invalid<UploadedMedia>([ContentProblem.Error(ContentCodes.UnknownDepartment, "departmentId", upload.DepartmentId.ToString())]);
        }

        if (!await MayEditAsync(context, actor, upload.DepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<UploadedMedia>(ContentCodes.AccessDenied, "departmentId");
        }

        var problems = new List<ContentProblem>();
        if (upload.FolderId is { } folderId
            && !await context.Set<MediaFolder>().AnyAsync(f => f.Id == folderId && f.OwnerDepartmentId == upload.DepartmentId, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.MediaFolderUnknown, "folderId", folderId.ToString()));
        }

        var fileName = MediaTextRules.CleanFileName(upload.FileName, problems);
        var texts = MediaTextRules.Texts(upload.Texts, problems);
        var claimed = fileName is null ? null : MediaFormats.ClaimedBy(fileName);
        if (fileName is not null && claimed is null)
        {
            problems.Add(ContentProblem.Error(ContentCodes.MediaTypeNotAllowed, "file", Path.GetExtension(fileName)));
        }

        if (problems.Count > 0 || claimed is null)
        {
            return ContentResult.Invalid<UploadedMedia>(problems);
        }

        var head = new byte[MediaSignatures.HeadLength];
        var headLength = await upload.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return ContentResult.Invalid<UploadedMedia>([ContentProblem.Error(ContentCodes.MediaEmpty, "file", fileName)]);
        }

        var detected = MediaSignatures.Detect(head.AsSpan(0, headLength));
        if (detected is null)
        {
            return ContentResult.Invalid<UploadedMedia>([ContentProblem.Error(ContentCodes.MediaTypeNotAllowed, "file", fileName)]);
        }

        if (detected != (claimed.IsZipContainer ? MediaFormat.Zip : claimed.Format))
        {
            return ContentResult.Invalid<UploadedMedia>([ContentProblem.Error(ContentCodes.MediaExtensionMismatch, "file", MediaFormats.Of(detected.Value).Extensions[0])]);
        }

        var now = time.GetUtcNow();
        var asset = new MediaAsset
        {
            Id = Guid.CreateVersion7(now),
            OwnerDepartmentId = upload.DepartmentId,
            FolderId = upload.FolderId,
            OriginalFileName = fileName!,
            Format = claimed.Format,
            Kind = claimed.Kind,
            ContentType = claimed.ContentType,
            CreatedBy = actor.UserId,
            CreatedAt = now,
            UpdatedBy = actor.UserId,
            UpdatedAt = now,
            Texts = texts,
        };
        asset.BlobKey = OriginalKey(asset.Id);
        var written = new List<string> { asset.BlobKey };
        try
        {
            var refused = await StoreAsync(asset, claimed, head.AsMemory(0, headLength), upload.Content, cancellationToken);
            if (refused is not null)
            {
                await DeleteBlobsAsync(written);
                return ContentResult.Invalid<UploadedMedia>([refused]);
            }

            if (await FindDuplicateAsync(context, asset, cancellationToken) is { } existing)
            {
                await DeleteBlobsAsync(written);
                return ContentResult.Success(new UploadedMedia(MediaAssetView.Of(existing), WasDuplicate: true), [ContentProblem.Warning(ContentCodes.MediaDuplicate, "file", existing.Id.ToString())]);
            }

            if (asset.Kind == MediaKind.Image && await RenderAsync(asset, written, cancellationToken) is { } unreadable)
            {
                await DeleteBlobsAsync(written);
                return ContentResult.Invalid<UploadedMedia>([unreadable]);
            }

            context.Add(asset);
            ContentAuditLog.RecordMedia(context, now, actor, AuditAction.MediaUploaded, asset.Id, asset.OwnerDepartmentId,
                $"{asset.OriginalFileName} ({asset.ContentType}, {asset.Length} bytes, sha256 {asset.Sha256[..16]}…)");
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same bytes may have been uploaded to the department at the same moment: then the other upload won.
                if (await FindDuplicateAsync(context, asset, cancellationToken) is not { } winner)
                {
                    throw;
                }

                await DeleteBlobsAsync(written);
                return ContentResult.Success(new UploadedMedia(MediaAssetView.Of(winner), WasDuplicate: true), [ContentProblem.Warning(ContentCodes.MediaDuplicate, "file", winner.Id.ToString())]);
            }

            return ContentResult.Success(new UploadedMedia(MediaAssetView.Of(asset), WasDuplicate: false));
        }
        catch (Exception)
        {
            await DeleteBlobsAsync(written);
            throw;
        }
    }

    /// <summary>Streams the original to the store while hashing and counting it; then checks a zip's entries. A code when refused.</summary>
    private async Task<ContentProblem?> StoreAsync(
        MediaAsset asset, MediaFormatInfo claimed, ReadOnlyMemory<byte> head, Stream rest, CancellationToken cancellationToken)
    {
        var limit = Options.MaxBytes.For(claimed.Kind);
        await using (var measured = new MeasuredUploadStream(head, rest, limit))
        {
            try
            {
                await blobs.UploadAsync(asset.BlobKey, measured, claimed.ContentType, cancellationToken);
            }
            catch (Exception exception) when (IsTooLarge(exception))
            {
                return ContentProblem.Error(ContentCodes.MediaTooLarge, "file", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            asset.Length = measured.BytesRead;
            asset.Sha256 = measured.Sha256();
        }

        if (claimed.IsZipContainer)
        {
            var entries = await ZipDirectory.ReadEntryNamesAsync(blobs, asset.BlobKey, asset.Length, cancellationToken);
            if (entries is null)
            {
                return ContentProblem.Error(ContentCodes.MediaUnreadable, "file", asset.OriginalFileName);
            }

            var folder = claimed.Format switch
            {
                MediaFormat.Docx => "word/",
                MediaFormat.Pptx => "ppt/",
                _ => null,
            };
            if (folder is not null && !entries.Any(e => e.StartsWith(folder, StringComparison.Ordinal)))
            {
                return ContentProblem.Error(ContentCodes.MediaExtensionMismatch, "file", MediaFormats.Of(MediaFormat.Zip).Extensions[0]);
            }
        }

        return null;
    }

    /// <summary>Reads the stored image back, measures it and stores its renditions. A code when it cannot be decoded.</summary>
    private async Task<ContentProblem?> RenderAsync(MediaAsset asset, List<string> written, CancellationToken cancellationToken)
    {
        RenderedImage rendered;
        await using (var original = await blobs.OpenReadAsync(asset.BlobKey, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"The blob {asset.BlobKey} was just written and is missing."))
        {
            // Decoding needs the whole image; an image is at most the image size limit (20 MB by default).
            using var buffer = new MemoryStream((int)asset.Length);
            await original.Content.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            rendered = ImageRenditions.Render(buffer, Options.RenditionFormat, Options.RenditionQuality);
        }

        if (rendered.Problem is { } problem)
        {
            return ContentProblem.Error(problem, "file", asset.OriginalFileName);
        }

        asset.Width = rendered.Width;
        asset.Height = rendered.Height;
        foreach (var rendition in rendered.Renditions)
        {
            var key = RenditionKey(asset.Id, rendition.Name);
            written.Add(key);
            using var content = new MemoryStream(rendition.Content, writable: false);
            await blobs.UploadAsync(key, content, rendition.ContentType, cancellationToken);
            asset.Renditions.Add(new MediaRendition
            {
                AssetId = asset.Id,
                Name = rendition.Name,
                Width = rendition.Width,
                Height = rendition.Height,
                ContentType = rendition.ContentType,
                Length = rendition.Content.Length,
                BlobKey = key,
            });
        }

        return null;
    }

    private static async Task<MediaAsset?> FindDuplicateAsync(ContentDbContext context, MediaAsset asset, CancellationToken cancellationToken) =>
        await context.Set<MediaAsset>().AsNoTracking().Include(a => a.Texts).Include(a => a.Renditions)
            .SingleOrDefaultAsync(a => a.OwnerDepartmentId == asset.OwnerDepartmentId && a.Sha256 == asset.Sha256 && a.Id != asset.Id, cancellationToken);

    /// <summary>The size limit's exception, however the store wrapped it.</summary>
    private static bool IsTooLarge(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is MediaTooLargeException)
            {
                return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTooLarge))
            {
                return true;
            }
        }

        return false;
    }
}
