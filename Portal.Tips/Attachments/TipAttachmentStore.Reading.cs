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
            return AttachmentFacts.Read(FieldCipher.Decrypt(dataKey, tipId, TipFields.AttachmentName(attachmentId), found.Value.Attachment.EncryptedName)).Name;
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
}
