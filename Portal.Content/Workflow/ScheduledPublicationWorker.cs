using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Content.Workflow;

/// <summary>Runs <see cref="ScheduledPublicationRunner"/> on every web node at <see cref="ContentSchedulerOptions.Interval"/>.</summary>
internal sealed partial class ScheduledPublicationWorker(
    ScheduledPublicationRunner runner, TimeProvider time, IOptions<ContentSchedulerOptions> options, ILogger<ScheduledPublicationWorker> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.Interval;

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var run = await runner.RunDueAsync(stoppingToken);
        if (run.Published + run.Unpublished + run.Failed > 0)
        {
            LogRound(run.Published, run.Unpublished, run.Failed);
        }
    }

    /// <summary>The database may be briefly unreachable; what is due stays due for the next round.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled content: {Published} published, {Unpublished} unpublished, {Failed} refused.")]
    private partial void LogRound(int published, int unpublished, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A scheduled-publication round failed.")]
    private partial void LogRoundFailed(Exception exception);
}
