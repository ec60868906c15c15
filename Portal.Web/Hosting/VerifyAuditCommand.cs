using System.Globalization;
using Portal.Tips.Audit;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet Portal.Web.dll verify-audit [--expect-head LINK] [--checkpoint FILE]</c>: recomputes every link of the
/// tip audit with the key, then checks the chain against the latest signed checkpoint in the blob store (and against
/// a checkpoint file kept elsewhere, if given): the checkpointed entry must still be there with the same link and the
/// chain at least as long. Prints counts and links only. Exit code 0 intact, 1 broken or not checkable, 2 bad usage.
/// </summary>
internal sealed class VerifyAuditCommand(TipAuditLog audit, TipAuditCheckpoints checkpoints, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "verify-audit";

    private readonly TextWriter console = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? expectedHead, string? checkpointFile = null, CancellationToken cancellationToken = default)
    {
        byte[]? expected = null;
        if (expectedHead is not null)
        {
            try
            {
                expected = Convert.FromHexString(expectedHead);
            }
            catch (FormatException)
            {
            }

            if (expected is not { Length: 32 })
            {
                await errors.WriteLineAsync($"{Name}: --expect-head must be a head link printed by an earlier run (64 hexadecimal digits).");
                return 2;
            }
        }

        if (checkpointFile is not null && !File.Exists(checkpointFile))
        {
            await errors.WriteLineAsync($"{Name}: --checkpoint: there is no file {checkpointFile}.");
            return 2;
        }

        var result = await audit.VerifyAsync(cancellationToken);
        if (!result.Intact)
        {
            await errors.WriteLineAsync(Invariant(
                $"{Name}: BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}. {result.EntriesChecked} entries before it are intact."));
            return 1;
        }

        var head = result.HeadHash is { Length: > 0 } hash ? Convert.ToHexStringLower(hash) : "none (the audit is empty)";
        await console.WriteLineAsync(Invariant($"{Name}: {result.EntriesChecked} entries checked, every link verifies with the key."));
        await console.WriteLineAsync($"{Name}: head link {head}");

        var latest = await checkpoints.ReadLatestAsync(cancellationToken);
        if (!await CheckAsync(latest, result.EntriesChecked, "the latest checkpoint", cancellationToken))
        {
            return 1;
        }

        if (checkpointFile is not null
            && !await CheckAsync(checkpoints.Read(await File.ReadAllTextAsync(checkpointFile, cancellationToken), checkpointFile), result.EntriesChecked, "the checkpoint file", cancellationToken))
        {
            return 1;
        }

        if (expected is not null)
        {
            var at = await audit.SequenceOfHashAsync(expected, cancellationToken);
            if (at is null)
            {
                await errors.WriteLineAsync($"{Name}: BROKEN: the expected head {Convert.ToHexStringLower(expected)} is no longer in the chain: entries were removed from its end, or the chain was rebuilt.");
                return 1;
            }

            await console.WriteLineAsync(Invariant($"{Name}: the expected head is entry {at}; {result.EntriesChecked - at} entries were added since."));
        }

        await console.WriteLineAsync($"{Name}: the chain is intact.");
        return 0;
    }

    /// <summary>Whether the chain of <paramref name="entries"/> verified entries holds the checkpoint read; says why not.</summary>
    private async Task<bool> CheckAsync(CheckpointReading reading, long entries, string which, CancellationToken cancellationToken)
    {
        if (reading.Problem is { } unsigned)
        {
            await errors.WriteLineAsync($"{Name}: BROKEN: {unsigned}; it is not trusted.");
            return false;
        }

        if (reading.Checkpoint is not { } checkpoint)
        {
            if (entries == 0)
            {
                await console.WriteLineAsync($"{Name}: no checkpoint yet (the audit is empty).");
                return true;
            }

            await errors.WriteLineAsync(Invariant(
                $"{Name}: NOT VERIFIED: the chain has {entries} entries but the blob store holds no checkpoint ({TipAuditCheckpoints.LatestKey}), so entries removed from its end cannot be noticed. A new installation: run audit-checkpoint. Otherwise the checkpoints were removed: compare with the checkpoint lines in the log."));
            return false;
        }

        if (await checkpoints.ProblemAgainstAsync(checkpoint, entries, cancellationToken) is { } problem)
        {
            await errors.WriteLineAsync($"{Name}: BROKEN: {problem}.");
            return false;
        }

        var at = checkpoint.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await console.WriteLineAsync(Invariant(
            $"{Name}: {which}, entry {checkpoint.Sequence} of {at}, is still in the chain; {entries - checkpoint.Count} entries were added since."));
        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
