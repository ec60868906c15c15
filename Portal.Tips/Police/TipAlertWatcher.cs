using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

/// <summary>
/// On every node: escalates overdue P1 tips (only the node that gets the round lock: the escalation records are made
/// once), then publishes to this node's open staff pages the P1 tips that arrived and the escalations that happened
/// since the last round (whichever node took the tip or escalated it).
/// </summary>
internal sealed partial class TipAlertWatcher(
    IDbContextFactory<TipsDbContext> contexts,
    SlaMonitor monitor,
    IRoundLock rounds,
    TipAlerts alerts,
    IOptions<SlaOptions> options,
    TimeProvider time,
    ILogger<TipAlertWatcher> logger) : PeriodicWorker(time, logger)
{
    private DateTimeOffset newSince;
    private DateTimeOffset escalatedSince;
    private bool started;

    /// <summary>One round; returns the alerts published.</summary>
    public async Task<IReadOnlyList<TipAlert>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        if (!started)
        {
            // Alerts are for what happens while pages are open, not a replay of history.
            newSince = escalatedSince = Time.GetUtcNow();
            started = true;
        }

        await rounds.RunOnceAcrossNodesAsync("tips.sla-escalation", monitor.EscalateOverdueAsync, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var fromNew = newSince;
        var arrived = await context.Set<Tip>().AsNoTracking()
            .Where(t => t.Priority == TipPriority.P1 && t.ReceivedAt > fromNew)
            .OrderBy(t => t.ReceivedAt)
            .Select(t => new { t.Id, t.Reference, t.JurisdictionKey, t.ReceivedAt })
            .ToListAsync(cancellationToken);
        var fromEscalated = escalatedSince;
        var escalated = await context.Set<Tip>().AsNoTracking()
            .Where(t => t.EscalatedAt > fromEscalated)
            .OrderBy(t => t.EscalatedAt)
            .Select(t => new { t.Id, t.Reference, t.JurisdictionKey, t.EscalatedAt })
            .ToListAsync(cancellationToken);

        var published = new List<TipAlert>();
        foreach (var tip in arrived)
        {
            published.Add(new(tip.Id, tip.Reference, tip.JurisdictionKey, TipAlertKind.NewP1, tip.ReceivedAt));
            newSince = tip.ReceivedAt;
        }

        foreach (var tip in escalated)
        {
            published.Add(new(tip.Id, tip.Reference, tip.JurisdictionKey, TipAlertKind.Escalated, tip.EscalatedAt!.Value));
            escalatedSince = tip.EscalatedAt.Value;
        }

        foreach (var alert in published)
        {
            alerts.Publish(alert);
        }

        return published;
    }

    protected override TimeSpan Period => options.Value.PollInterval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => RunOnceAsync(stoppingToken);

    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A tip alert round failed; the next one tries again.")]
    private partial void LogRoundFailed(Exception exception);
}
