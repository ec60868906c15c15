using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;

namespace Portal.Tips.Police;

/// <summary>
/// Everything an officer does to one tip. Each method checks, here and not in a page, that one of the actor's
/// jurisdictions covers the tip, and records what was done in the hash-chained audit in the same transaction.
/// Workflow methods return null when done, or an error code the page turns into a sentence.
/// </summary>
public sealed partial class TipCases(
    TipsContexts contexts,
    TipKeyring keyring,
    OfficerGrants grants,
    TipAuditLog audit,
    TipAttachmentStore attachments,
    TimeProvider time)
{
    public const int MaxTextLength = 5_000;

    /// <summary>The decrypted tip. Opening it is audited (view and decrypt) and marks it read.</summary>
    public async Task<TipCaseView> OpenAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        return await audit.WriteAsync(async context =>
        {
            var tip = await LoadCoveredAsync(context, scope, tipId, cancellationToken);
            tip.UnreadByPolice = false;
            var view = await DecryptAsync(context, tip, cancellationToken);
            return (view, (IReadOnlyList<AuditRecord>)
            [
                new(actor.UserId, TipAuditActions.View, tipId),
                new(actor.UserId, TipAuditActions.Decrypt, tipId, "report, contact, messages, notes, attachment names"),
            ]);
        }, cancellationToken);
    }

    /// <summary>
    /// Whether one of the actor's jurisdictions covers the tip (false for a tip that does not exist). Reads only
    /// the routing key, nothing encrypted, so it is not audited; the host uses it to answer 404 before a page loads.
    /// </summary>
    public async Task<bool> CoversAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.WorksTips)
        {
            return false;
        }

        var scope = await grants.ScopeOfAsync(actor, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await context.Set<Tip>().AsNoTracking().Where(t => t.Id == tipId).Select(t => t.JurisdictionKey).SingleOrDefaultAsync(cancellationToken);
        return key is not null && (scope is null || scope.Contains(key));
    }

    private async Task<Outcome> ChangeAsync(StaffActor actor, Guid tipId, Func<TipsDbContext, Tip, List<AuditRecord>, Task<string?>> change, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        return Outcome.FromError(await audit.WriteAsync<string?>(async context =>
        {
            var tip = await LoadCoveredAsync(context, scope, tipId, cancellationToken);
            var records = new List<AuditRecord>();
            var error = await change(context, tip, records);
            if (error is not null)
            {
                // Nothing is saved for a refused change: drop whatever the change had staged.
                context.ChangeTracker.Clear();
                return (error, (IReadOnlyList<AuditRecord>)[]);
            }

            if (records.Count > 0)
            {
                tip.UpdatedAt = time.GetUtcNow();
            }

            return (error, records);
        }, cancellationToken));
    }

    private async Task<IReadOnlySet<string>?> ScopeAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.WorksTips)
        {
            throw new TipAccessDeniedException();
        }

        return await grants.ScopeOfAsync(actor, cancellationToken);
    }

    internal static async Task<Tip> LoadCoveredAsync(TipsDbContext context, IReadOnlySet<string>? scope, Guid tipId, CancellationToken cancellationToken)
    {
        var tip = await context.Set<Tip>().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        if (tip is null || (scope is not null && !scope.Contains(tip.JurisdictionKey)))
        {
            throw new TipAccessDeniedException();
        }

        return tip;
    }

    internal async Task<TipCaseView> DecryptAsync(TipsDbContext context, Tip tip, CancellationToken cancellationToken)
    {
        var messages = await context.Set<TipMessage>().AsNoTracking().Where(m => m.TipId == tip.Id).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        var notes = await context.Set<TipNote>().AsNoTracking().Where(n => n.TipId == tip.Id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        var files = await context.Set<TipAttachment>().AsNoTracking().Where(a => a.TipId == tip.Id).OrderBy(a => a.Slot).ToListAsync(cancellationToken);
        var duplicates = await context.Set<Tip>().AsNoTracking().Where(t => t.PrimaryTipId == tip.Id).OrderBy(t => t.ReceivedAt).Select(t => new TipLink(t.Id, t.Reference)).ToListAsync(cancellationToken);
        var primary = tip.PrimaryTipId is { } primaryId
            ? await context.Set<Tip>().AsNoTracking().Where(t => t.Id == primaryId).Select(t => new TipLink(t.Id, t.Reference)).SingleOrDefaultAsync(cancellationToken)
            : null;
        var dataKey = keyring.Open(tip);
        try
        {
            string Open(string field, byte[] stored) => FieldCipher.Decrypt(dataKey, tip.Id, field, stored);
            return new TipCaseView(
                tip.Id, tip.Reference, tip.Category, tip.Priority, tip.Status, tip.Outcome, tip.JurisdictionKey, tip.Source, tip.ProofOfWorkPassed, tip.Urgent,
                tip.ReceivedAt, tip.AcknowledgedAt, tip.EscalatedAt, tip.ClosedAt, tip.AssignedTo, primary, duplicates,
                TipKeyring.Unseal<TipReport>(dataKey, tip.Id, TipFields.Report, tip.EncryptedReport),
                tip.EncryptedContact is null || tip.ContactKeyParts is not null ? null : TipKeyring.Unseal<ReporterContact>(dataKey, tip.Id, TipFields.Contact, tip.EncryptedContact),
                tip.EncryptedStatusMessage is null ? null : TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.StatusMessage, tip.EncryptedStatusMessage),
                messages.ConvertAll(m => new CaseMessage(m.Id, m.Direction, TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.Message(m.Id), m.EncryptedBody), m.SentAt)),
                notes.ConvertAll(n => new CaseNote(n.Id, n.AuthorId, TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.Note(n.Id), n.EncryptedBody), n.WrittenAt)),
                files.ConvertAll(f =>
                {
                    var (name, length) = AttachmentFacts.Read(Open(TipFields.AttachmentName(f.Id), f.EncryptedName));
                    return new CaseAttachment(f.Id, name, f.Kind, f.ContentType, length ?? f.Length, f.ViewingCopyBlobKey is not null, f.State == AttachmentState.WaitingForStore);
                }))
            {
                IdentitySealed = tip.ContactKeyParts is not null,
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
