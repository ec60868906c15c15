using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Tips.Oversight;

/// <summary>Runs <see cref="OversightRollup.RefreshAsync"/> every <see cref="OversightRollupOptions.Interval"/> on the node that gets the round lock.</summary>
internal sealed partial class OversightRollupWorker(
    OversightRollup rollup,
    IRoundLock rounds,
    IOptions<OversightRollupOptions> options,
    TimeProvider time,
    ILogger<OversightRollupWorker> logger) : PeriodicWorker(time, logger)
{
    protected override bool Enabled => options.Value.BackgroundRefresh;

    protected override TimeSpan Period => options.Value.Interval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync("tips.oversight-rollup", cancellationToken => rollup.RefreshAsync(cancellationToken: cancellationToken), stoppingToken);

    /// <summary>A refresh is one transaction: a failed one changed nothing and the next catches up.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRefreshFailed(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An oversight rollup refresh failed; the next one tries again.")]
    private partial void LogRefreshFailed(Exception exception);
}
