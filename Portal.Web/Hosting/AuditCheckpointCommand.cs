using System.Globalization;
using Portal.Shared.Workers;
using Portal.Tips.Audit;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll audit-checkpoint</c>: writes a signed checkpoint of the audit's head now, as the
/// scheduled round does (under the same round lock), e.g. right after installing or before a risky maintenance.
/// Exit code 0 when written or unchanged, 1 when refused (the chain or the latest checkpoint is not intact).
/// </summary>
internal sealed class AuditCheckpointCommand(TipAuditCheckpoints checkpoints, IRoundLock rounds, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "audit-checkpoint";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        (CheckpointOutcome Outcome, AuditCheckpoint? Checkpoint) result = default;
        var ran = await rounds.RunOnceAcrossNodesAsync(
            TipAuditCheckpoints.RoundLockName, async token => result = await checkpoints.WriteAsync(token), cancellationToken);
        if (!ran)
        {
            await errors.WriteLineAsync($"{Name}: a web node is writing a checkpoint right now; run it again in a minute.");
            return 1;
        }

        switch (result.Outcome)
        {
            case CheckpointOutcome.Empty:
                await console.WriteLineAsync($"{Name}: the audit is empty; nothing to record.");
                return 0;
            case CheckpointOutcome.Refused:
                await errors.WriteLineAsync($"{Name}: REFUSED: the chain or the latest checkpoint is not intact (see the log line above); run verify-audit.");
                return 1;
            default:
                var checkpoint = result.Checkpoint!;
                var verb = result.Outcome == CheckpointOutcome.Written ? "written" : "unchanged, the head has not moved";
                await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{Name}: checkpoint {verb}: entry {checkpoint.Sequence}, link {checkpoint.LinkHex}, {TipAuditCheckpoints.KeyOf(checkpoint.Sequence)}"));
                return 0;
        }
    }
}
