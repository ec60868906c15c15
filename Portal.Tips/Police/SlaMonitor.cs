using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

/// <summary>
/// Escalates P1 tips nobody acknowledged within <see cref="SlaOptions.AcknowledgeP1"/> to the supervisors. The
/// conditional update makes each escalation happen once, however many nodes run this at the same moment.
/// </summary>
internal sealed class SlaMonitor(IDbContextFactory<TipsDbContext> contexts, TipAuditLog audit, IOptions<SlaOptions> options, TipMetrics metrics, TimeProvider time)
{
    public const string ActorId = "system:sla";

    /// <summary>Escalates what is overdue now; returns the tips this call escalated. Also counts every open P1 tip past its
    /// SLA, escalated or not, for the monitoring gauge (the open P1 index keeps that cheap).</summary>
    public async Task<IReadOnlyList<Guid>> EscalateOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var deadline = now - options.Value.AcknowledgeP1;
        List<Guid> overdue;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            overdue = await context.Set<Tip>().AsNoTracking()
                .Where(t => t.Priority == TipPriority.P1 && t.AcknowledgedAt == null && t.EscalatedAt == null
                    && t.Status != TipStatus.Closed && t.ReceivedAt <= deadline)
                .OrderBy(t => t.ReceivedAt)
                .Select(t => t.Id)
                .Take(100)
                .ToListAsync(cancellationToken);
            metrics.OpenP1PastSlaCounted(await context.Set<Tip>()
                .CountAsync(t => t.Priority == TipPriority.P1 && t.AcknowledgedAt == null && t.Status != TipStatus.Closed
                    && t.ReceivedAt <= deadline, cancellationToken));
        }

        var escalated = new List<Guid>();
        foreach (var tipId in overdue)
        {
            var mine = await audit.WriteAsync(async context =>
            {
                var claimed = await context.Set<Tip>()
                    .Where(t => t.Id == tipId && t.EscalatedAt == null && t.AcknowledgedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.EscalatedAt, now), cancellationToken);
                return claimed == 0
                    ? (false, (IReadOnlyList<AuditRecord>)[])
                    : (true, [new AuditRecord(ActorId, TipAuditActions.Escalate, tipId, $"unacknowledged after {options.Value.AcknowledgeP1}")]);
            }, cancellationToken);
            if (mine)
            {
                escalated.Add(tipId);
            }
        }

        return escalated;
    }
}
