using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Tips.Retention;

/// <summary>Runs a retention round (<see cref="TipPurger.RunAsync"/>) every <see cref="RetentionOptions.Interval"/> on the node that gets the round lock.</summary>
internal sealed partial class TipRetentionWorker(
    TipPurger purger,
    IRoundLock rounds,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<TipRetentionWorker> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.Interval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync("tips.retention", purger.RunAsync, stoppingToken);

    /// <summary>The database or the store may be briefly unreachable; nothing is half done, the next round goes on.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A retention round failed; the next one tries again.")]
    private partial void LogRoundFailed(Exception exception);
}
