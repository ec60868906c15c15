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
    /// <summary>Acknowledges a tip (stops its SLA clock); a new tip becomes triaged.</summary>
    public Task<Outcome> AcknowledgeAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default) =>
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

    public Task<Outcome> ChangePriorityAsync(StaffActor actor, Guid tipId, TipPriority priority, string? reason, CancellationToken cancellationToken = default) =>
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
    public Task<Outcome> AssignAsync(StaffActor actor, Guid tipId, string officerUserId, CancellationToken cancellationToken = default) =>
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

    public Task<Outcome> StartInvestigationAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default) =>
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
    public Task<Outcome> CloseAsync(StaffActor actor, Guid tipId, CaseOutcome outcome, string? messageToReporter, CancellationToken cancellationToken = default) =>
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
    public Task<Outcome> TransferAsync(StaffActor actor, Guid tipId, string jurisdictionKey, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, async (context, tip, records) =>
        {
            if (!Jurisdictions.IsKnown(jurisdictionKey))
            {
                return "unknown-jurisdiction";
            }

            if (CleanReason(reason) is not { } why)
            {
                return "reason-required";
            }

            if (tip.Status == TipStatus.Closed)
            {
                return "closed";
            }

            if (tip.JurisdictionKey == jurisdictionKey)
            {
                return null;
            }

            // A sealed tip is sealed to its new readers too, by this officer's key: a transfer grants nothing they do not hold.
            await keyring.SealToAsync(context, tip, Sealing.UnitShares.ReadersOf(jurisdictionKey), cancellationToken);
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

            return null;
        }, cancellationToken);

    /// <summary>
    /// Links two tips as duplicates. The earliest tip of the joined cluster becomes (or stays) the primary; every
    /// other tip in it points at the primary and is closed as a duplicate. Both tips must be visible to the actor.
    /// </summary>
    internal const string DuplicateOutsideJurisdiction = "duplicate-outside-jurisdiction";

    public async Task<Outcome> MarkDuplicateAsync(StaffActor actor, Guid tipId, Guid otherTipId, CancellationToken cancellationToken = default)
    {
        if (tipId == otherTipId)
        {
            return Outcome.Fail("same-tip");
        }

        var scope = await ScopeAsync(actor, cancellationToken);
        return Outcome.FromError(await audit.WriteAsync<string?>(async context =>
        {
            var first = await LoadCoveredAsync(context, scope, tipId, cancellationToken);
            var second = await LoadCoveredAsync(context, scope, otherTipId, cancellationToken);
            var roots = new[] { first.PrimaryTipId ?? first.Id, second.PrimaryTipId ?? second.Id }.Distinct().ToList();
            var cluster = await context.Set<Tip>()
                .Where(t => roots.Contains(t.Id) || (t.PrimaryTipId != null && roots.Contains(t.PrimaryTipId.Value)))
                .ToListAsync(cancellationToken);
            // Joining two clusters closes or re-points every tip in them, so each must be one this officer may change.
            if (scope is not null && cluster.Any(t => !scope.Contains(t.JurisdictionKey)))
            {
                return ((string?)DuplicateOutsideJurisdiction, (IReadOnlyList<AuditRecord>)[]);
            }

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
        }, cancellationToken));
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
}
