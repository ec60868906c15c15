using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Content.Workflow;

/// <summary>
/// Runs <see cref="ScheduledPublicationRunner"/> at <see cref="ContentSchedulerOptions.Interval"/>: every web node
/// tries, the one that gets the round lock does the round (the runner's claims keep each action once even without it).
/// </summary>
internal sealed partial class ScheduledPublicationWorker(
    ScheduledPublicationRunner runner, IRoundLock rounds, TimeProvider time, IOptions<ContentSchedulerOptions> options, ILogger<ScheduledPublicationWorker> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.Interval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync("content.scheduled-publication", async cancellationToken =>
        {
            var run = await runner.RunDueAsync(cancellationToken);
            if (run.Published + run.Unpublished + run.Failed > 0)
            {
                LogRound(run.Published, run.Unpublished, run.Failed);
            }
        }, stoppingToken);

    /// <summary>The database may be briefly unreachable; what is due stays due for the next round.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled content: {Published} published, {Unpublished} unpublished, {Failed} refused.")]
    private partial void LogRound(int published, int unpublished, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A scheduled-publication round failed.")]
    private partial void LogRoundFailed(Exception exception);
}
