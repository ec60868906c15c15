using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Retention;

/// <summary>Runs a retention round (<see cref="TipPurger.RunAsync"/>) on every node, every <see cref="RetentionOptions.Interval"/>.</summary>
internal sealed partial class TipRetentionWorker(
    TipPurger purger,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<TipRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await purger.RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database or the store may be briefly unreachable; nothing is half done, the next round goes on.
                LogRoundFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A retention round failed; the next one tries again.")]
    private partial void LogRoundFailed(Exception exception);
}
