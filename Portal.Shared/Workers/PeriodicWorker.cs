using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Shared.Workers;

/// <summary>
/// A background loop that runs one round now and then one every <see cref="Period"/>, on every node. It yields
/// first, so the host's start-up never waits on a round (SQLite's "async" calls complete synchronously); its timer
/// comes from the injected <see cref="TimeProvider"/>, so a fake clock drives it in tests; a failing round is logged
/// and the next one tries again; it stops quietly when the host stops.
/// </summary>
public abstract partial class PeriodicWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock the timer runs on, for the rounds too.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>The time between the starts of two rounds. Read once, when the worker starts.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>Whether the worker runs at all (read once, when it starts); on by default.</summary>
    protected virtual bool Enabled => true;

    /// <summary>One round. What a failed round left undone must still be there for the next.</summary>
    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>Logs a failed round; override to say what failed in the worker's own words.</summary>
    protected virtual void OnRoundFailed(Exception exception) => LogRoundFailed(logger, GetType().Name, exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        await Task.Yield();
        try
        {
            using var timer = new PeriodicTimer(Period, Time);
            do
            {
                var startedAt = Time.GetTimestamp();
                try
                {
                    await RunRoundAsync(stoppingToken);
                    JobMetrics.RecordRound(GetType().Name, succeeded: true, Time, startedAt);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    JobMetrics.RecordRound(GetType().Name, succeeded: false, Time, startedAt);
                    OnRoundFailed(exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of {Worker} failed; the next one tries again.")]
    private static partial void LogRoundFailed(ILogger logger, string worker, Exception exception);
}
