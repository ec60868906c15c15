using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Tips.Retention;

/// <summary>Runs a retention round (<see cref="TipPurger.RunAsync"/>) on every node, every <see cref="RetentionOptions.Interval"/>.</summary>
internal sealed partial class TipRetentionWorker(
    TipPurger purger,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<TipRetentionWorker> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.Interval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => purger.RunAsync(stoppingToken);

    /// <summary>The database or the store may be briefly unreachable; nothing is half done, the next round goes on.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A retention round failed; the next one tries again.")]
    private partial void LogRoundFailed(Exception exception);
}
