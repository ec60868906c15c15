using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;

namespace Portal.Tips.Police;

public sealed partial class TipCases
{
    /// <summary>
    /// A file of the tip, decrypted. Staff see the metadata-stripped viewing copy of a photo; the original
    /// (evidence, with its metadata) needs the supervisor right. Audited either way.
    /// </summary>
    public async Task<(string Name, string ContentType, Stream Content)?> OpenAttachmentAsync(
        StaffActor actor, Guid tipId, Guid attachmentId, bool original, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        if (original && !actor.IsSupervisor)
        {
            throw new TipAccessDeniedException("Downloading an original needs the supervisor right.");
        }

        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await LoadCoveredAsync(context, scope, tipId, cancellationToken);
        }

        var attachment = await AttachmentAsync(tipId, attachmentId, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var viewingCopy = !original && attachment.ViewingCopyBlobKey is not null;
        // A photo without a viewing copy (HEIC, a damaged file) still has its EXIF and GPS: it is an original.
        var sendsOriginal = original || (!viewingCopy && CaseAttachment.IsImage(attachment.ContentType));
        if (sendsOriginal && !actor.IsSupervisor)
        {
            throw new TipAccessDeniedException("A photo without a viewing copy is an original: it needs the supervisor right.");
        }

        var stream = await attachments.OpenAsync(tipId, attachmentId, viewingCopy, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        await audit.AppendAsync(new AuditRecord(actor.UserId, sendsOriginal ? TipAuditActions.DownloadOriginal : TipAuditActions.Download, tipId, $"attachment={attachmentId:N}"), cancellationToken);
        var name = await attachments.NameAsync(tipId, attachmentId, cancellationToken) ?? "attachment";
        return (name, viewingCopy ? ViewingCopyType(attachment) : attachment.ContentType, stream);
    }

    /// <summary>A tip's audit trail; supervisors only, and reading it is itself audited.</summary>
    public async Task<IReadOnlyList<TipAuditEntryView>> AuditOfAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            throw new TipAccessDeniedException("Reading a tip's audit needs the supervisor right.");
        }

        var scope = await ScopeAsync(actor, cancellationToken);
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await LoadCoveredAsync(context, scope, tipId, cancellationToken);
        }

        await audit.AppendAsync(new AuditRecord(actor.UserId, TipAuditActions.ReadAudit, tipId), cancellationToken);
        return [.. (await audit.OfTipAsync(tipId, cancellationToken)).Select(TipAuditEntryView.Of)];
    }

    /// <summary>What the viewing copy is: as recorded, or for an older copy, JPEG for a JPEG photo and PNG for the rest.</summary>
    private static string ViewingCopyType(TipAttachment attachment) =>
        attachment.ViewingCopyContentType ?? (attachment.ContentType == "image/jpeg" ? "image/jpeg" : "image/png");

    private async Task<TipAttachment?> AttachmentAsync(Guid tipId, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.TipId == tipId, cancellationToken);
    }
}
