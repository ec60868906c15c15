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

/// <summary>
/// Takes files sent with a tip and keeps them encrypted: the type is decided from the content, the bytes are
/// encrypted while they stream to the blob store (which only ever sees ciphertext), photos get a
/// metadata-stripped viewing copy, and when the store is down the ciphertext waits in the database outbox
/// instead of being lost.
/// </summary>
public sealed partial class TipAttachmentStore(
    TipsContexts contexts,
    TipKeyring keyring,
    ReceiptHashes hashes,
    IBlobStore blobs,
    TimeProvider time,
    ILogger<TipAttachmentStore> logger)
{
    /// <summary>The blob store only ever receives ciphertext; the real type is kept in the database.</summary>
    public const string StoredContentType = "application/octet-stream";

    private const int MaxNameLength = 255;

    /// <summary>
    /// Adds a file to a committed tip. <paramref name="content"/> is read once, front to back (a request body need
    /// not be seekable), and reading stops as soon as it passes <see cref="AttachmentRules.MaxBytes"/>.
    /// </summary>
    public async Task<AttachmentResult> AddAsync(Guid tipId, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);

        Tip? tip;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            tip = await context.Set<Tip>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        }

        if (tip is null)
        {
            return AttachmentResult.Refused(AttachmentRules.UnknownTip);
        }

        var dataKey = keyring.Open(tip);
        try
        {
            return await AddUnderKeyAsync(tipId, dataKey, fileName, content, cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>
    /// Adds a file that came with the report form itself, before the form is validated: it is stored under the
    /// id and data key the tip will take over when it is committed (see <see cref="AttachmentStaging"/>). When the
    /// form's tip exists already (the form was sent again), the file goes straight to that tip.
    /// </summary>
    public async Task<AttachmentResult> StageAsync(string idempotencyKey, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);

        var hash = hashes.OfIdempotencyKey(idempotencyKey);
        var (tipId, wrappedKey) = await StagingForAsync(hash, cancellationToken);
        var dataKey = keyring.Open(wrappedKey);
        try
        {
            return await AddUnderKeyAsync(tipId, dataKey, fileName, content, cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The files already received for a form that has not become a tip yet, with their decrypted names.</summary>
    public async Task<IReadOnlyList<StagedFile>> StagedFilesAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        var hash = hashes.OfIdempotencyKey(idempotencyKey);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var staging = await context.Set<AttachmentStaging>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.IdempotencyKeyHash == hash, cancellationToken);
        if (staging is null)
        {
            return [];
        }

        var files = await context.Set<TipAttachment>().AsNoTracking()
            .Where(a => a.TipId == staging.TipId)
            .OrderBy(a => a.Slot)
            .ToListAsync(cancellationToken);
        var dataKey = keyring.Open(staging.WrappedDataKey);
        try
        {
            return files.ConvertAll(f => new StagedFile(
                f.Id, FieldCipher.Decrypt(dataKey, staging.TipId, TipFields.AttachmentName(f.Id), f.EncryptedName), f.Length));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private async Task<(Guid TipId, byte[] WrappedKey)> StagingForAsync(byte[] idempotencyHash, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var tip = await context.Set<Tip>().AsNoTracking()
                .Where(t => t.IdempotencyKeyHash == idempotencyHash)
                .Select(t => new { t.Id, t.WrappedDataKey })
                .SingleOrDefaultAsync(cancellationToken);
            if (tip is not null)
            {
                return (tip.Id, tip.WrappedDataKey);
            }

            var staging = await context.Set<AttachmentStaging>().AsNoTracking()
                .SingleOrDefaultAsync(s => s.IdempotencyKeyHash == idempotencyHash, cancellationToken);
            if (staging is not null)
            {
                return (staging.TipId, staging.WrappedDataKey);
            }

            var now = time.GetUtcNow();
            var created = new AttachmentStaging
            {
                IdempotencyKeyHash = idempotencyHash,
                TipId = Guid.CreateVersion7(now),
                WrappedDataKey = keyring.NewDataKey().WrappedDataKey,
                CreatedAt = now,
            };
            context.Add(created);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return (created.TipId, created.WrappedDataKey);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same form's other request created the set (or its tip) first: use that one.
            }
        }
    }

    private async Task<AttachmentResult> AddUnderKeyAsync(Guid tipId, byte[] dataKey, string fileName, Stream content, CancellationToken cancellationToken)
    {
        if (await CountAsync(tipId, cancellationToken) >= AttachmentRules.MaxAttachmentsPerTip)
        {
            return AttachmentResult.Refused(AttachmentRules.TooManyFiles);
        }

        var head = new byte[AttachmentRules.SniffLength];
        var headLength = await AttachmentCipher.FillAsync(content, head, cancellationToken);
        if (headLength == 0)
        {
            return AttachmentResult.Refused(AttachmentRules.EmptyFile);
        }

        var type = AttachmentRules.Sniff(head.AsSpan(0, headLength), fileName);
        if (type is null)
        {
            return AttachmentResult.Refused(AttachmentRules.FileTypeNotAllowed);
        }

        try
        {
            var source = new LimitedReplayStream(head.AsMemory(0, headLength), content, AttachmentRules.MaxBytes);
            return type.Kind == AttachmentKinds.Image
                ? await AddImageAsync(tipId, fileName, type, source, dataKey, cancellationToken)
                : await AddStreamedAsync(tipId, fileName, type, source, dataKey, cancellationToken);
        }
        catch (AttachmentTooLargeException)
        {
            return AttachmentResult.Refused(AttachmentRules.FileTooLarge);
        }
    }

    public async Task<int> CountAsync(Guid tipId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAttachment>().CountAsync(a => a.TipId == tipId, cancellationToken);
    }

    /// <summary>The file name the reporter gave, decrypted; null when the tip has no such attachment.</summary>
    public async Task<string?> NameAsync(Guid tipId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await FindAsync(context, tipId, attachmentId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var dataKey = keyring.Open(found.Value.Tip);
        try
        {
            return FieldCipher.Decrypt(dataKey, tipId, TipFields.AttachmentName(attachmentId), found.Value.Attachment.EncryptedName);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>
    /// The decrypted original, or the viewing copy of an image; from the outbox while the file waits there.
    /// Null when there is no such attachment or copy. Reading throws <see cref="CryptographicException"/> if the
    /// stored bytes were altered or truncated.
    /// </summary>
    public async Task<Stream?> OpenAsync(Guid tipId, Guid attachmentId, bool viewingCopy, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(context, tipId, attachmentId, cancellationToken) is not var (tip, attachment))
        {
            return null;
        }

        var key = viewingCopy ? attachment.ViewingCopyBlobKey : attachment.BlobKey;
        if (key is null)
        {
            return null;
        }

        var waiting = await context.Set<AttachmentOutboxItem>()
            .Where(i => i.AttachmentId == attachmentId && i.BlobKey == key)
            .Select(i => i.EncryptedContent)
            .FirstOrDefaultAsync(cancellationToken);
        Stream? encrypted = waiting is not null
            ? new MemoryStream(waiting, writable: false)
            : (await blobs.OpenReadAsync(key, cancellationToken: cancellationToken))?.Content;
        if (encrypted is null)
        {
            return null;
        }

        var dataKey = keyring.Open(tip);
        return AttachmentCipher.OpenDecryptingStream(encrypted, dataKey, tipId, viewingCopy ? ViewingCopyCipherId(attachmentId) : attachmentId);
    }

    /// <summary>
    /// The id bound into the viewing copy's encryption: different from the original's, so the two files cannot
    /// be swapped in the store without failing to decrypt.
    /// </summary>
    internal static Guid ViewingCopyCipherId(Guid attachmentId) =>
        new(SHA256.HashData(Encoding.ASCII.GetBytes($"viewing-copy/{attachmentId:N}")).AsSpan(0, 16));

    private static async Task<(Tip Tip, TipAttachment Attachment)?> FindAsync(TipsDbContext context, Guid tipId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await context.Set<TipAttachment>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.TipId == tipId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId, cancellationToken);
        return (tip, attachment);
    }

    private static string CleanName(string fileName)
    {
        // Old browsers send the full client path; the folder names say more about the sender than needed.
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            return "attachment";
        }

        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    private async Task<AttachmentResult> AddStreamedAsync(
        Guid tipId, string fileName, SniffedType type, Stream source, byte[] dataKey, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(time.GetUtcNow());
        var blobKey = $"tips/{tipId:N}/{id:N}.bin";
        var (length, unstored) = await UploadAsync(blobKey, source, dataKey, tipId, id, cancellationToken);
        var waiting = unstored is null ? [] : new[] { (blobKey, unstored) };
        return await SaveAsync(tipId, id, fileName, type, length, blobKey, null, waiting, dataKey, cancellationToken);
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
            var viewingCopy = ImageMetadataStripper.CreateViewingCopy(buffer);
            if (viewingCopy.Error == AttachmentRules.ImageTooLarge)
            {
                return AttachmentResult.Refused(AttachmentRules.ImageTooLarge);
            }

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

            // A photo Skia cannot decode (HEIC, a damaged file) is still kept as evidence, just without a copy.
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

            return await SaveAsync(tipId, id, fileName, type, length, blobKey, viewingKey, waiting, dataKey, cancellationToken);
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
        string? viewingCopyBlobKey,
        IReadOnlyCollection<(string BlobKey, byte[] Ciphertext)> waiting,
        byte[] dataKey,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = waiting.Count == 0 ? AttachmentState.Stored : AttachmentState.WaitingForStore;
        var encryptedName = FieldCipher.Encrypt(dataKey, tipId, TipFields.AttachmentName(id), CleanName(fileName));
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var taken = await context.Set<TipAttachment>().Where(a => a.TipId == tipId).Select(a => (int?)a.Slot).MaxAsync(cancellationToken) ?? 0;
            if (taken >= AttachmentRules.MaxAttachmentsPerTip)
            {
                // Another upload for this tip took the last place while this file streamed in.
                await DeleteQuietlyAsync(blobKey);
                if (viewingCopyBlobKey is not null)
                {
                    await DeleteQuietlyAsync(viewingCopyBlobKey);
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
                Length = length,
                BlobKey = blobKey,
                ViewingCopyBlobKey = viewingCopyBlobKey,
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
                return new AttachmentResult(id, null, state);
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
