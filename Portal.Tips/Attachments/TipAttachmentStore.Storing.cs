using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Storage.Blobs;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;

namespace Portal.Tips.Attachments;

public sealed partial class TipAttachmentStore
{
    private async Task<AttachmentResult> AddStreamedAsync(
        Guid tipId, string fileName, SniffedType type, Stream source, byte[] dataKey, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(time.GetUtcNow());
        var blobKey = $"tips/{tipId:N}/{id:N}.bin";
        var (length, unstored) = await UploadAsync(blobKey, source, dataKey, tipId, id, cancellationToken);
        var waiting = unstored is null ? [] : new[] { (blobKey, unstored) };
        return await SaveAsync(tipId, id, fileName, type, length, blobKey, (null, null), waiting, dataKey, cancellationToken);
    }

    private async Task<AttachmentResult> AddImageAsync(
        Guid tipId, string fileName, SniffedType type, Stream source, byte[] dataKey, CancellationToken cancellationToken)
    {
        // An image is buffered as plaintext in memory (never on disk), at most the size limit: the same bytes
        // must feed both the encrypted original and the decoder that makes the viewing copy, and the request
        // body can be read only once.
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        var plaintext = buffer.GetBuffer();
        try
        {
            var length = buffer.Length;
            buffer.Position = 0;
            // A photo over the pixel budget is not decoded: like one Skia cannot read, it is kept as an original.
            var viewingCopy = await viewingCopies.CreateAsync(buffer, type.ContentType, cancellationToken);

            var id = Guid.CreateVersion7(time.GetUtcNow());
            var blobKey = $"tips/{tipId:N}/{id:N}.bin";
            var waiting = new List<(string, byte[])>();
            using (var original = new MemoryStream(plaintext, 0, (int)length, writable: false))
            {
                var (_, unstored) = await UploadAsync(blobKey, original, dataKey, tipId, id, cancellationToken);
                if (unstored is not null)
                {
                    waiting.Add((blobKey, unstored));
                }
            }

            // A photo without a copy (damaged, over the pixel budget, a HEIC file that could not be stripped safely) is
            // still kept as evidence: an original, for supervisors only.
            string? viewingKey = null;
            if (viewingCopy.Content is { } copy)
            {
                viewingKey = $"tips/{tipId:N}/{id:N}-view.bin";
                using var copyStream = new MemoryStream(copy, writable: false);
                var (_, unstored) = await UploadAsync(viewingKey, copyStream, dataKey, tipId, ViewingCopyCipherId(id), cancellationToken);
                if (unstored is not null)
                {
                    waiting.Add((viewingKey, unstored));
                }
            }

            return await SaveAsync(tipId, id, fileName, type, length, blobKey, (viewingKey, viewingCopy.ContentType), waiting, dataKey, cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// Encrypts <paramref name="plaintext"/> into a pipe that the blob upload reads from at the same time.
    /// Returns the plaintext length, and the full ciphertext when the store failed so the caller can queue it.
    /// </summary>
    /// <exception cref="AttachmentTooLargeException">The source passed the size limit; nothing was stored.</exception>
    private async Task<(long Length, byte[]? Unstored)> UploadAsync(
        string blobKey, Stream plaintext, byte[] dataKey, Guid tipId, Guid cipherId, CancellationToken cancellationToken)
    {
        var pipe = new Pipe();
        await using var tee = new UploadTeeStream(pipe.Writer);
        var encrypting = EncryptAsync();

        Exception? storeFailure = null;
        try
        {
            await blobs.UploadAsync(blobKey, pipe.Reader.AsStream(leaveOpen: true), StoredContentType, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            storeFailure = exception;
        }
        finally
        {
            // Unblocks the encryption if the upload stopped reading early; from here on it only fills the copy.
            await pipe.Reader.CompleteAsync();
        }

        long length;
        try
        {
            length = await encrypting;
        }
        catch
        {
            // The upload read a stream that failed, so no complete blob was written; this clears any remnant.
            await DeleteQuietlyAsync(blobKey);
            throw;
        }

        if (storeFailure is null)
        {
            return (length, null);
        }

        LogStoreFailed(storeFailure);
        return (length, tee.Ciphertext());

        async Task<long> EncryptAsync()
        {
            try
            {
                var total = await AttachmentCipher.EncryptAsync(plaintext, tee, dataKey, tipId, cipherId, cancellationToken);
                await pipe.Writer.CompleteAsync();
                return total;
            }
            catch (Exception exception)
            {
                await pipe.Writer.CompleteAsync(exception);
                throw;
            }
        }
    }

    private async Task<AttachmentResult> SaveAsync(
        Guid tipId,
        Guid id,
        string fileName,
        SniffedType type,
        long length,
        string blobKey,
        (string? BlobKey, string? ContentType) viewingCopy,
        IReadOnlyCollection<(string BlobKey, byte[] Ciphertext)> waiting,
        byte[] dataKey,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = waiting.Count == 0 ? AttachmentState.Stored : AttachmentState.WaitingForStore;
        var encryptedName = FieldCipher.EncryptPadded(dataKey, tipId, TipFields.AttachmentName(id), AttachmentFacts.Join(CleanName(fileName), length));
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var taken = await context.Set<TipAttachment>().Where(a => a.TipId == tipId).Select(a => (int?)a.Slot).MaxAsync(cancellationToken) ?? 0;
            if (taken >= AttachmentRules.MaxAttachmentsPerTip)
            {
                // Another upload for this tip took the last place while this file streamed in.
                await DeleteQuietlyAsync(blobKey);
                if (viewingCopy.BlobKey is not null)
                {
                    await DeleteQuietlyAsync(viewingCopy.BlobKey);
                }

                return AttachmentResult.Refused(AttachmentRules.TooManyFiles);
            }

            context.Add(new TipAttachment
            {
                Id = id,
                TipId = tipId,
                Slot = taken + 1,
                EncryptedName = encryptedName,
                Kind = type.Kind,
                ContentType = type.ContentType,
                Length = AttachmentFacts.ClassLength(length),
                BlobKey = blobKey,
                ViewingCopyBlobKey = viewingCopy.BlobKey,
                ViewingCopyContentType = viewingCopy.BlobKey is null ? null : viewingCopy.ContentType,
                State = state,
                ReceivedAt = now,
            });
            foreach (var (key, ciphertext) in waiting)
            {
                context.Add(new AttachmentOutboxItem
                {
                    Id = Guid.CreateVersion7(now),
                    AttachmentId = id,
                    BlobKey = key,
                    EncryptedContent = ciphertext,
                    NextAttemptAt = now,
                });
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return AttachmentResult.Stored(id, state);
            }
            catch (DbUpdateException) when (attempt < AttachmentRules.MaxAttachmentsPerTip)
            {
                // The unique (tip, slot) index refused a slot taken a moment ago: look again.
            }
        }
    }

    private async Task DeleteQuietlyAsync(string blobKey)
    {
        try
        {
            await blobs.DeleteAsync(blobKey, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCleanupFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The blob store refused an attachment; it waits in the outbox.")]
    private partial void LogStoreFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A partly uploaded attachment blob could not be removed.")]
    private partial void LogCleanupFailed(Exception exception);
}
