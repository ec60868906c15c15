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
    ViewingCopies viewingCopies,
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

        // A sealed tip takes files only from a flow that can open it (its reporter's receipt or follow-up).
        if (tip is null || !keyring.CanOpen(tip))
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
        var (tipId, wrappedKey) = await StagingForAsync(hash, idempotencyKey, cancellationToken);
        if (wrappedKey.Length == 0)
        {
            // The form's tip exists and is sealed: the server holds no key to it.
            return await AddAsync(tipId, fileName, content, cancellationToken);
        }

        var dataKey = StagingKey.Open(keyring, idempotencyKey, tipId, wrappedKey)
            ?? throw new CryptographicException("The form's key does not open its staged files.");
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
        var dataKey = StagingKey.Open(keyring, idempotencyKey, staging.TipId, staging.WrappedDataKey);
        if (dataKey is null)
        {
            return [];
        }

        try
        {
            return files.ConvertAll(f =>
            {
                var (name, length) = AttachmentFacts.Read(FieldCipher.Decrypt(dataKey, staging.TipId, TipFields.AttachmentName(f.Id), f.EncryptedName));
                return new StagedFile(f.Id, name, length ?? f.Length);
            });
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private async Task<(Guid TipId, byte[] WrappedKey)> StagingForAsync(byte[] idempotencyHash, string idempotencyKey, CancellationToken cancellationToken)
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
            var tipId = Guid.CreateVersion7(now);
            var dataKey = TipDataKey.Generate();
            var created = new AttachmentStaging
            {
                IdempotencyKeyHash = idempotencyHash,
                TipId = tipId,
                WrappedDataKey = StagingKey.Wrap(idempotencyKey, tipId, dataKey),
                CreatedAt = now,
            };
            CryptographicOperations.ZeroMemory(dataKey);
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

    private static string CleanName(string fileName)
    {
        // Old browsers send the full client path; the folder names say more about the sender than needed.
        var name = new string([.. Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            return "attachment";
        }

        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }
}
