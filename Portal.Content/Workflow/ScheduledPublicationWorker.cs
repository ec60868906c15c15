using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Content.Workflow;

/// <summary>Runs <see cref="ScheduledPublicationRunner"/> on every web node at <see cref="ContentSchedulerOptions.Interval"/>.</summary>
internal sealed partial class ScheduledPublicationWorker(
    ScheduledPublicationRunner runner, TimeProvider time, IOptions<ContentSchedulerOptions> options, ILogger<ScheduledPublicationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's "async" calls complete synchronously; yield first so the host's start-up never waits on a round.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                var run = await runner.RunDueAsync(stoppingToken);
                if (run.Published + run.Unpublished + run.Failed > 0)
                {
                    LogRound(run.Published, run.Unpublished, run.Failed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly unreachable; what is due stays due for the next round.
                LogRoundFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled content: {Published} published, {Unpublished} unpublished, {Failed} refused.")]
    private partial void LogRound(int published, int unpublished, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A scheduled-publication round failed.")]
    private partial void LogRoundFailed(Exception exception);
}
