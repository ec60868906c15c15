using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;

namespace Portal.Tips.Audit;

/// <summary>Writes a checkpoint (<see cref="TipAuditCheckpoints.WriteAsync"/>) every <see cref="AuditOptions.CheckpointEvery"/> on the node that gets the round lock.</summary>
internal sealed partial class AuditCheckpointWorker(
    TipAuditCheckpoints checkpoints,
    IRoundLock rounds,
    IOptions<AuditOptions> options,
    TimeProvider time,
    ILogger<AuditCheckpointWorker> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Period => options.Value.CheckpointEvery;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync(TipAuditCheckpoints.RoundLockName, checkpoints.WriteAsync, stoppingToken);

    /// <summary>The database or the store may be briefly unreachable; a checkpoint is written whole or not at all.</summary>
    protected override void OnRoundFailed(Exception exception) => LogRoundFailed(exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An audit checkpoint round failed; the next one tries again.")]
    private partial void LogRoundFailed(Exception exception);
}
