using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Oversight;

/// <summary>Runs <see cref="OversightRollup.RefreshAsync"/> on every node every <see cref="OversightRollupOptions.Interval"/>.</summary>
internal sealed partial class OversightRollupWorker(
    OversightRollup rollup,
    IOptions<OversightRollupOptions> options,
    TimeProvider time,
    ILogger<OversightRollupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BackgroundRefresh)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await rollup.RefreshAsync(cancellationToken: stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A refresh is one transaction: a failed one changed nothing and the next catches up.
                LogRefreshFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An oversight rollup refresh failed; the next one tries again.")]
    private partial void LogRefreshFailed(Exception exception);
}
