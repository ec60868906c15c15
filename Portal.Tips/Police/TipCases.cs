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

    /// <summary>Acknowledges a tip (stops its SLA clock); a new tip becomes triaged.</summary>
    public Task<string?> AcknowledgeAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            if (tip.AcknowledgedAt is not null && tip.Status != TipStatus.New)
            {
                return Task.FromResult<string?>(null);
            }

            Acknowledge(actor, tip, records);
            if (tip.Status == TipStatus.New)
            {
                SetStatus(actor, tip, TipStatus.Triaged, records);
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    public Task<string?> ChangePriorityAsync(StaffActor actor, Guid tipId, TipPriority priority, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            if (!Enum.IsDefined(priority))
            {
                return Task.FromResult<string?>("unknown-priority");
            }

            if (CleanReason(reason) is not { } why)
            {
                return Task.FromResult<string?>("reason-required");
            }

            if (tip.Priority == priority)
            {
                return Task.FromResult<string?>(null);
            }

            var note = AddNote(context, actor, tip, why);
            records.Add(new(actor.UserId, TipAuditActions.PriorityChange, tip.Id, $"{tip.Priority}->{priority}; reason-note={note:N}"));
            tip.Priority = priority;
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Assigns the tip to an officer whose jurisdictions cover it; a new or triaged tip becomes assigned.</summary>
    public Task<string?> AssignAsync(StaffActor actor, Guid tipId, string officerUserId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, async (context, tip, records) =>
        {
            if (tip.Status == TipStatus.Closed)
            {
                return "closed";
            }

            var officerScope = Jurisdictions.Expand(await grants.GrantsOfAsync(officerUserId, cancellationToken));
            if (officerScope is { } keys && !keys.Contains(tip.JurisdictionKey))
            {
                return "officer-outside-jurisdiction";
            }

            Acknowledge(actor, tip, records);
            records.Add(new(actor.UserId, TipAuditActions.Assign, tip.Id, $"to={officerUserId}"));
            tip.AssignedTo = officerUserId;
            if (tip.Status is TipStatus.New or TipStatus.Triaged)
            {
                SetStatus(actor, tip, TipStatus.Assigned, records);
            }

            return null;
        }, cancellationToken);

    public Task<string?> StartInvestigationAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            if (tip.Status != TipStatus.Assigned)
            {
                return Task.FromResult<string?>(tip.Status == TipStatus.Investigating ? null : "assign-first");
            }

            SetStatus(actor, tip, TipStatus.Investigating, records);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Closes the tip with an outcome (a duplicate is closed through <see cref="MarkDuplicateAsync"/>).</summary>
    public Task<string?> CloseAsync(StaffActor actor, Guid tipId, CaseOutcome outcome, string? messageToReporter, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            if (!Enum.IsDefined(outcome) || outcome == CaseOutcome.Duplicate)
            {
                return Task.FromResult<string?>("unknown-outcome");
            }

            if (tip.Status == TipStatus.Closed)
            {
                return Task.FromResult<string?>("closed");
            }

            var (message, error) = CleanText(messageToReporter, required: false);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            Acknowledge(actor, tip, records);
            Close(actor, tip, outcome, records);
            if (message is not null)
            {
                SetStatusMessage(actor, tip, message, records);
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Moves the tip to another jurisdiction, with a reason; it arrives there as new and unassigned.</summary>
    public Task<string?> TransferAsync(StaffActor actor, Guid tipId, string jurisdictionKey, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            if (!Jurisdictions.IsKnown(jurisdictionKey))
            {
                return Task.FromResult<string?>("unknown-jurisdiction");
            }

            if (CleanReason(reason) is not { } why)
            {
                return Task.FromResult<string?>("reason-required");
            }

            if (tip.Status == TipStatus.Closed)
            {
                return Task.FromResult<string?>("closed");
            }

            if (tip.JurisdictionKey == jurisdictionKey)
            {
                return Task.FromResult<string?>(null);
            }

            var note = AddNote(context, actor, tip, why);
            records.Add(new(actor.UserId, TipAuditActions.Transfer, tip.Id, $"{tip.JurisdictionKey}->{jurisdictionKey}; reason-note={note:N}"));
            Acknowledge(actor, tip, records);
            tip.JurisdictionKey = jurisdictionKey;
            tip.AssignedTo = null;
            tip.UnreadByPolice = true;
            if (tip.Status != TipStatus.New)
            {
                SetStatus(actor, tip, TipStatus.New, records);
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>
    /// Links two tips as duplicates. The earliest tip of the joined cluster becomes (or stays) the primary; every
    /// other tip in it points at the primary and is closed as a duplicate. Both tips must be visible to the actor.
    /// </summary>
    public async Task<string?> MarkDuplicateAsync(StaffActor actor, Guid tipId, Guid otherTipId, CancellationToken cancellationToken = default)
    {
        if (tipId == otherTipId)
        {
            return "same-tip";
        }

        var scope = await ScopeAsync(actor, cancellationToken);
        return await audit.WriteAsync<string?>(async context =>
        {
            var first = await LoadCoveredAsync(context, scope, tipId, cancellationToken);
            var second = await LoadCoveredAsync(context, scope, otherTipId, cancellationToken);
            var roots = new[] { first.PrimaryTipId ?? first.Id, second.PrimaryTipId ?? second.Id }.Distinct().ToList();
            var cluster = await context.Set<Tip>()
                .Where(t => roots.Contains(t.Id) || (t.PrimaryTipId != null && roots.Contains(t.PrimaryTipId.Value)))
                .ToListAsync(cancellationToken);
            var primary = cluster.OrderBy(t => t.ReceivedAt).ThenBy(t => t.Id).First();
            var records = new List<AuditRecord>();
            foreach (var tip in cluster.Where(t => t.Id != primary.Id))
            {
                if (tip.PrimaryTipId != primary.Id)
                {
                    tip.PrimaryTipId = primary.Id;
                    records.Add(new(actor.UserId, TipAuditActions.Duplicate, tip.Id, $"primary={primary.Id:N}"));
                }

                if (tip.Status != TipStatus.Closed)
                {
                    Close(actor, tip, CaseOutcome.Duplicate, records);
                }
            }

            if (primary.PrimaryTipId is not null)
            {
                primary.PrimaryTipId = null;
                records.Add(new(actor.UserId, TipAuditActions.Duplicate, primary.Id, "primary of its cluster"));
            }

            return ((string?)null, (IReadOnlyList<AuditRecord>)records);
        }, cancellationToken);
    }

    /// <summary>An internal note: the reporter never sees it.</summary>
    public Task<string?> AddNoteAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            var note = AddNote(context, actor, tip, body!);
            records.Add(new(actor.UserId, TipAuditActions.Note, tip.Id, $"note={note:N}"));
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>A message (or question) to the reporter, who reads it after signing in with the receipt.</summary>
    public Task<string?> SendMessageAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            var now = time.GetUtcNow();
            var message = new TipMessage { Id = Guid.CreateVersion7(now), TipId = tip.Id, Direction = MessageDirection.FromPolice, SentAt = now };
            message.EncryptedBody = Seal(tip, TipFields.Message(message.Id), body!);
            context.Add(message);
            Acknowledge(actor, tip, records);
            records.Add(new(actor.UserId, TipAuditActions.Message, tip.Id, $"message={message.Id:N}"));
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>The short status text the reporter sees beside the status.</summary>
    public Task<string?> SetStatusMessageAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            SetStatusMessage(actor, tip, body!, records);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

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
        var stream = await attachments.OpenAsync(tipId, attachmentId, viewingCopy, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        await audit.AppendAsync(new AuditRecord(actor.UserId, original ? TipAuditActions.DownloadOriginal : TipAuditActions.Download, tipId, $"attachment={attachmentId:N}"), cancellationToken);
        var name = await attachments.NameAsync(tipId, attachmentId, cancellationToken) ?? "attachment";
        return (name, viewingCopy ? "image/jpeg" : attachment.ContentType, stream);
    }

    /// <summary>A tip's audit trail; supervisors only, and reading it is itself audited.</summary>
    public async Task<IReadOnlyList<TipAuditEntry>> AuditOfAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
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
        return await audit.OfTipAsync(tipId, cancellationToken);
    }

    private async Task<TipAttachment?> AttachmentAsync(Guid tipId, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.TipId == tipId, cancellationToken);
    }

    private async Task<string?> ChangeAsync(StaffActor actor, Guid tipId, Func<TipsDbContext, Tip, List<AuditRecord>, Task<string?>> change, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        return await audit.WriteAsync<string?>(async context =>
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
        }, cancellationToken);
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

    private void Acknowledge(StaffActor actor, Tip tip, List<AuditRecord> records)
    {
        if (tip.AcknowledgedAt is null)
        {
            tip.AcknowledgedAt = time.GetUtcNow();
            records.Add(new(actor.UserId, TipAuditActions.Acknowledge, tip.Id, $"priority={tip.Priority}"));
        }
    }

    private static void SetStatus(StaffActor actor, Tip tip, TipStatus status, List<AuditRecord> records)
    {
        records.Add(new(actor.UserId, TipAuditActions.StatusChange, tip.Id, $"{tip.Status}->{status}"));
        tip.Status = status;
    }

    private void Close(StaffActor actor, Tip tip, CaseOutcome outcome, List<AuditRecord> records)
    {
        records.Add(new(actor.UserId, TipAuditActions.StatusChange, tip.Id, $"{tip.Status}->{TipStatus.Closed}; outcome={outcome}"));
        tip.Status = TipStatus.Closed;
        tip.Outcome = outcome;
        tip.ClosedAt = time.GetUtcNow();
    }

    private void SetStatusMessage(StaffActor actor, Tip tip, string message, List<AuditRecord> records)
    {
        tip.EncryptedStatusMessage = Seal(tip, TipFields.StatusMessage, message);
        records.Add(new(actor.UserId, TipAuditActions.StatusMessage, tip.Id));
    }

    private Guid AddNote(TipsDbContext context, StaffActor actor, Tip tip, string body)
    {
        var now = time.GetUtcNow();
        var note = new TipNote { Id = Guid.CreateVersion7(now), TipId = tip.Id, AuthorId = actor.UserId, WrittenAt = now };
        note.EncryptedBody = Seal(tip, TipFields.Note(note.Id), body);
        context.Add(note);
        return note.Id;
    }

    private byte[] Seal(Tip tip, string field, string value)
    {
        var dataKey = keyring.Open(tip);
        try
        {
            return TipKeyring.Seal(dataKey, tip.Id, field, value);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static string? CleanReason(string? reason) => CleanText(reason, required: true).Text;

    private static (string? Text, string? Error) CleanText(string? text, bool required)
    {
        var (cleaned, _) = TipTextRules.Clean(text);
        if (cleaned is null)
        {
            return (null, required ? "required" : null);
        }

        return TipTextRules.VisibleLength(cleaned) > MaxTextLength ? (null, "too-long") : (cleaned, null);
    }

    internal async Task<TipCaseView> DecryptAsync(TipsDbContext context, Tip tip, CancellationToken cancellationToken)
    {
        var messages = await context.Set<TipMessage>().AsNoTracking().Where(m => m.TipId == tip.Id).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        var notes = await context.Set<TipNote>().AsNoTracking().Where(n => n.TipId == tip.Id).OrderBy(n => n.WrittenAt).ToListAsync(cancellationToken);
        var files = await context.Set<TipAttachment>().AsNoTracking().Where(a => a.TipId == tip.Id).OrderBy(a => a.Slot).ToListAsync(cancellationToken);
        var duplicates = await context.Set<Tip>().AsNoTracking().Where(t => t.PrimaryTipId == tip.Id).OrderBy(t => t.ReceivedAt).Select(t => t.Id).ToListAsync(cancellationToken);
        var dataKey = keyring.Open(tip);
        try
        {
            string Open(string field, byte[] stored) => FieldCipher.Decrypt(dataKey, tip.Id, field, stored);
            return new TipCaseView(
                tip.Id, tip.Category, tip.Priority, tip.Status, tip.Outcome, tip.JurisdictionKey, tip.Source, tip.ProofOfWorkPassed, tip.Urgent,
                tip.ReceivedAt, tip.AcknowledgedAt, tip.EscalatedAt, tip.ClosedAt, tip.AssignedTo, tip.PrimaryTipId, duplicates,
                TipKeyring.Unseal<TipReport>(dataKey, tip.Id, TipFields.Report, tip.EncryptedReport),
                tip.EncryptedContact is null ? null : TipKeyring.Unseal<ReporterContact>(dataKey, tip.Id, TipFields.Contact, tip.EncryptedContact),
                tip.EncryptedStatusMessage is null ? null : TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.StatusMessage, tip.EncryptedStatusMessage),
                messages.ConvertAll(m => new CaseMessage(m.Id, m.Direction, TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.Message(m.Id), m.EncryptedBody), m.SentAt)),
                notes.ConvertAll(n => new CaseNote(n.Id, n.AuthorId, TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.Note(n.Id), n.EncryptedBody), n.WrittenAt)),
                files.ConvertAll(f => new CaseAttachment(
                    f.Id, Open(TipFields.AttachmentName(f.Id), f.EncryptedName), f.Kind, f.ContentType, f.Length,
                    f.ViewingCopyBlobKey is not null, f.State == AttachmentState.WaitingForStore)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
