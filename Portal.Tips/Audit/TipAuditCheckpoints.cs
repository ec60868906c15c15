using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Portal.Storage.Blobs;
using Portal.Tips.Protection;

namespace Portal.Tips.Audit;

/// <summary>The latest checkpoint as found in the blob store: none yet, a valid one, or one the portal did not sign.</summary>
public sealed record CheckpointReading(AuditCheckpoint? Checkpoint, string? Problem)
{
    public bool Valid => Checkpoint is not null && Problem is null;
}

/// <summary>What a checkpoint round did.</summary>
public enum CheckpointOutcome
{
    /// <summary>The audit is empty: nothing to record.</summary>
    Empty,

    /// <summary>The head has not moved since the latest checkpoint.</summary>
    Unchanged,

    /// <summary>A new checkpoint was written and logged.</summary>
    Written,

    /// <summary>The chain or the latest checkpoint is not what it should be; logged as an error, nothing written.</summary>
    Refused,
}

/// <summary>
/// Signed checkpoints of the audit chain's head, written to the blob store (<c>audit/checkpoints/</c>, one blob per
/// checkpoint and <c>latest.json</c>) and, as one log line, to the log. Before signing a new head the entries added
/// since the latest checkpoint are verified with the key, so a checkpoint never vouches for a forged entry, and the
/// latest checkpoint must still be in the chain, so a chain cut back behind it is reported instead of re-signed.
/// </summary>
public sealed partial class TipAuditCheckpoints(
    TipAuditLog audit,
    IBlobStore blobs,
    IKeyEncryptionKeyProvider keys,
    TimeProvider time,
    ILogger<TipAuditCheckpoints> logger)
{
    public const string Prefix = "audit/checkpoints/";
    public const string LatestKey = Prefix + "latest.json";

    /// <summary>The round-lock name under which checkpoints are written, by the worker or the command.</summary>
    public const string RoundLockName = "tips.audit-checkpoint";

    private const string ContentType = "application/json";

    /// <summary>The blob of the checkpoint of entry <paramref name="sequence"/>, kept after later ones.</summary>
    public static string KeyOf(long sequence) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{sequence:D12}.json");

    public async Task<CheckpointReading> ReadLatestAsync(CancellationToken cancellationToken = default)
    {
        var download = await blobs.OpenReadAsync(LatestKey, cancellationToken: cancellationToken);
        if (download is null)
        {
            return new(null, null);
        }

        string json;
        await using (download)
        {
            using var reader = new StreamReader(download.Content, Encoding.UTF8);
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        return Read(json, LatestKey);
    }

    /// <summary>The checkpoint in <paramref name="json"/> (from <paramref name="source"/>), checked against the portal's key.</summary>
    public CheckpointReading Read(string json, string source)
    {
        var checkpoint = AuditCheckpoint.Parse(json);
        if (checkpoint is null)
        {
            return new(null, $"{source} is not a checkpoint");
        }

        return checkpoint.IsSignedBy(keys)
            ? new(checkpoint, null)
            : new(checkpoint, $"{source} (entry {checkpoint.Sequence.ToString(CultureInfo.InvariantCulture)}) is not signed with the portal's key: it was forged or altered");
    }

    /// <summary>
    /// Why the chain (verified with the key) does not hold <paramref name="checkpoint"/>, or null when it does:
    /// the checkpointed entry is still there with the same link, and the chain is at least as long.
    /// </summary>
    public async Task<string?> ProblemAgainstAsync(AuditCheckpoint checkpoint, long entriesInChain, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var at = checkpoint.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (entriesInChain < checkpoint.Count)
        {
            return Invariant($"the chain has {entriesInChain} entries, but the checkpoint of {at} recorded {checkpoint.Count}: entries were removed from its end");
        }

        var link = await audit.LinkAtAsync(checkpoint.Sequence, cancellationToken);
        return link is not null && link.AsSpan().SequenceEqual(checkpoint.Link)
            ? null
            : Invariant($"entry {checkpoint.Sequence} is not the entry the checkpoint of {at} recorded: the chain was rebuilt");
    }

    /// <summary>
    /// Writes a checkpoint of the head if it moved since the latest one. Callers hold the round lock
    /// <see cref="RoundLockName"/>, so two nodes do not write at once.
    /// </summary>
    public async Task<(CheckpointOutcome Outcome, AuditCheckpoint? Checkpoint)> WriteAsync(CancellationToken cancellationToken = default)
    {
        var head = await audit.HeadAsync(cancellationToken);
        if (head is null)
        {
            return (CheckpointOutcome.Empty, null);
        }

        var latest = await ReadLatestAsync(cancellationToken);
        if (latest.Problem is { } unsigned)
        {
            LogRefused(unsigned);
            return (CheckpointOutcome.Refused, null);
        }

        AuditVerification verification;
        if (latest.Checkpoint is { } last)
        {
            if (await ProblemAgainstAsync(last, head.Value.Sequence, cancellationToken) is { } problem)
            {
                LogRefused(problem);
                return (CheckpointOutcome.Refused, null);
            }

            if (head.Value.Sequence == last.Sequence)
            {
                return (CheckpointOutcome.Unchanged, last);
            }

            verification = await audit.VerifyFromAsync(last.Sequence, last.Link, cancellationToken);
        }
        else
        {
            verification = await audit.VerifyAsync(cancellationToken);
        }

        if (!verification.Intact || verification.HeadHash is not { Length: > 0 } link)
        {
            LogRefused(Invariant($"entry {verification.FirstBrokenSequence}: {verification.Problem}"));
            return (CheckpointOutcome.Refused, null);
        }

        var checkpoint = AuditCheckpoint.Sign(keys, verification.EntriesChecked, link, verification.EntriesChecked, time.GetUtcNow());
        var json = Encoding.UTF8.GetBytes(checkpoint.ToJson());
        var key = KeyOf(checkpoint.Sequence);
        await UploadAsync(key, json, cancellationToken);
        await UploadAsync(LatestKey, json, cancellationToken);
        LogWritten(checkpoint.Sequence, checkpoint.LinkHex, checkpoint.Count, checkpoint.At, checkpoint.SignatureHex, key);
        return (CheckpointOutcome.Written, checkpoint);
    }

    private async Task UploadAsync(string key, byte[] json, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(json, writable: false);
        await blobs.UploadAsync(key, content, ContentType, cancellationToken);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tip audit checkpoint: entry {Sequence}, link {Link}, {Count} entries, at {At:O}, signature {Signature}, blob {BlobKey}.")]
    private partial void LogWritten(long sequence, string link, long count, DateTimeOffset at, string signature, string blobKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tip audit checkpoint refused: {Problem}. Run verify-audit and investigate; no checkpoint is written until this is resolved.")]
    private partial void LogRefused(string problem);
}
