using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;

namespace Portal.Tips.Audit;

/// <summary>What an action wants recorded; the log adds the sequence, time and hashes.</summary>
public sealed record AuditRecord(string ActorId, string Action, Guid? TipId, string? Detail = null);

/// <summary>The result of walking the chain: intact, or the first entry where it breaks and why.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem, byte[]? HeadHash)
{
    public bool Intact => FirstBrokenSequence is null;
}

/// <summary>
/// Appends to the hash-chained audit trail, in the same transaction as the change it records: an action is
/// either done and audited, or neither. The next sequence number is the primary key, so two appenders racing
/// for it cannot both win; the loser's whole unit of work is retried on a fresh context.
/// </summary>
public sealed class TipAuditLog(TipsContexts contexts, TimeProvider time)
{
    private const int MaxAttempts = 30;

    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context, appends what it returns to the chain and commits both.
    /// <paramref name="work"/> may run more than once (when another writer took the next sequence number), so it
    /// must make its changes through the context it is given and nowhere else.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<TipsDbContext, Task<(T Result, IReadOnlyList<AuditRecord> Records)>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            // One transaction for everything the work does, bulk updates included, and its audit entries.
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var (result, records) = await work(context);
            if (records.Count == 0)
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }

            var last = await context.Set<TipAuditEntry>().AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var first = sequence + 1;
            var previous = last?.Hash ?? [];
            var now = time.GetUtcNow();
            foreach (var record in records)
            {
                var entry = new TipAuditEntry
                {
                    Sequence = ++sequence,
                    At = now,
                    ActorId = record.ActorId,
                    Action = record.Action,
                    TipId = record.TipId,
                    Detail = record.Detail,
                    PreviousHash = previous,
                };
                entry.Hash = HashOf(entry);
                previous = entry.Hash;
                context.Add(entry);
            }

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                if (!await SequenceTakenAsync(first, cancellationToken))
                {
                    throw; // Not a race for the sequence: a real failure of the work itself.
                }

                // Real time on purpose: a short random pause spreads racing writers (a fake clock would never end it).
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Appends entries that record no change of their own (a view, a download).</summary>
    public Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default) =>
        WriteAsync(_ => Task.FromResult((true, records)), cancellationToken);

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) => AppendAsync([record], cancellationToken);

    /// <summary>One tip's entries, oldest first.</summary>
    internal async Task<IReadOnlyList<TipAuditEntry>> OfTipAsync(Guid tipId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AsNoTracking().Where(e => e.TipId == tipId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Walks the whole chain and reports the first entry that was altered, or that follows a missing one. The
    /// head hash it returns should be recorded outside the database (a removed tail can only be noticed against
    /// a head recorded earlier).
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        long expected = 1;
        byte[] previous = [];
        const int batch = 1000;
        while (true)
        {
            var from = expected;
            var entries = await context.Set<TipAuditEntry>().AsNoTracking()
                .Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence)
                .Take(batch)
                .ToListAsync(cancellationToken);
            foreach (var entry in entries)
            {
                if (entry.Sequence != expected)
                {
                    return new(expected - 1, expected, $"entry {expected} is missing", null);
                }

                if (!entry.PreviousHash.AsSpan().SequenceEqual(previous))
                {
                    return new(expected - 1, entry.Sequence, "it does not link to the entry before it", null);
                }

                if (!entry.Hash.AsSpan().SequenceEqual(HashOf(entry)))
                {
                    return new(expected - 1, entry.Sequence, "its content does not match its hash", null);
                }

                previous = entry.Hash;
                expected++;
            }

            if (entries.Count < batch)
            {
                return new(expected - 1, null, null, previous);
            }
        }
    }

    /// <summary>The sequence of the entry with this hash, or null: a head recorded earlier must still be in the chain.</summary>
    public async Task<long?> SequenceOfHashAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AsNoTracking().Where(e => e.Hash == hash).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
    }

    internal static byte[] HashOf(TipAuditEntry entry)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        hash.AppendData(entry.PreviousHash);
        BinaryPrimitives.WriteInt64BigEndian(number, entry.Sequence);
        hash.AppendData(number);
        BinaryPrimitives.WriteInt64BigEndian(number, entry.At.UtcTicks);
        hash.AppendData(number);
        AppendText(hash, entry.ActorId);
        AppendText(hash, entry.Action);
        hash.AppendData(entry.TipId is { } tipId ? tipId.ToByteArray(bigEndian: true) : new byte[16]);
        AppendText(hash, entry.Detail ?? "");
        return hash.GetHashAndReset();
    }

    private static void AppendText(IncrementalHash hash, string text)
    {
        // Length-prefixed, so ("ab", "c") and ("a", "bc") hash differently.
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }

    private async Task<bool> SequenceTakenAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AnyAsync(e => e.Sequence == sequence, cancellationToken);
    }
}
