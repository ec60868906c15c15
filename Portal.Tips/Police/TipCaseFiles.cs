using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Police;

namespace Portal.Tips.Police;

/// <summary>
/// Builds a tip's case file for the police case system: the decrypted report (people and vehicles included),
/// contact, messages, internal notes, the files with the SHA-256 of each decrypted original, and the history
/// from the audit trail. Like every other access to a tip, the jurisdiction is checked here, not in the page,
/// and the export is audited before anything is returned.
/// </summary>
public sealed class TipCaseFiles(
    TipsContexts contexts,
    TipCases cases,
    OfficerGrants grants,
    TipAuditLog audit,
    TipAttachmentStore attachments,
    TimeProvider time)
{
    /// <summary>The audit actions that make up a tip's history (views and downloads are left out).</summary>
    public static readonly IReadOnlySet<string> HistoryActions = new HashSet<string>(StringComparer.Ordinal)
    {
        TipAuditActions.Acknowledge, TipAuditActions.StatusChange, TipAuditActions.PriorityChange, TipAuditActions.Assign,
        TipAuditActions.Duplicate, TipAuditActions.Transfer, TipAuditActions.Escalate, TipAuditActions.Note,
        TipAuditActions.Message, TipAuditActions.StatusMessage, TipAuditActions.Export, TipAuditActions.RewardPropose,
        TipAuditActions.RewardApprove, TipAuditActions.RewardReject, TipAuditActions.RewardChoose, TipAuditActions.RewardPay,
    };

    /// <exception cref="TipAccessDeniedException">The actor does not work tips, or none of their jurisdictions covers this one (or it does not exist).</exception>
    public async Task<TipCaseFile> ExportAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.WorksTips)
        {
            throw new TipAccessDeniedException();
        }

        var scope = await grants.ScopeOfAsync(actor, cancellationToken);
        TipCaseView view;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var tip = await TipCases.LoadCoveredAsync(context, scope, tipId, cancellationToken);
            view = await cases.DecryptAsync(context, tip, cancellationToken);
        }

        var files = new List<CaseFileAttachment>(view.Attachments.Count);
        foreach (var file in view.Attachments)
        {
            files.Add(await HashAsync(tipId, file, cancellationToken));
        }

        var history = (await audit.OfTipAsync(tipId, cancellationToken))
            .Where(e => HistoryActions.Contains(e.Action))
            .Select(e => new CaseFileEvent(e.Sequence, e.At, e.ActorId, e.Action, e.Detail))
            .ToList();
        var exportedAt = time.GetUtcNow();
        await audit.AppendAsync(
            [
                new AuditRecord(actor.UserId, TipAuditActions.Export, tipId, $"case-file; attachments={files.Count}"),
                new AuditRecord(actor.UserId, TipAuditActions.Decrypt, tipId, "case file: report, contact, messages, notes, attachment names and contents (hashed)"),
            ],
            cancellationToken);
        return new TipCaseFile(view, files, history, actor.UserId, exportedAt);
    }

    private async Task<CaseFileAttachment> HashAsync(Guid tipId, CaseAttachment file, CancellationToken cancellationToken)
    {
        await using var content = await attachments.OpenAsync(tipId, file.Id, viewingCopy: false, cancellationToken);
        if (content is null)
        {
            return new(file, null, CaseFileProblem.Missing);
        }

        try
        {
            return new(file, Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken)), null);
        }
        catch (CryptographicException)
        {
            return new(file, null, CaseFileProblem.Altered);
        }
    }
}
