using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Protection;

namespace Portal.Tips.Audit;

/// <summary>What an action wants recorded; the log adds the sequence, time and links.</summary>
public sealed record AuditRecord(string ActorId, string Action, Guid? TipId, string? Detail = null);

/// <summary>The result of walking the chain: intact, or the first entry where it breaks and why; the head is the last entry's link.</summary>
public sealed record AuditVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem, byte[]? HeadHash)
{
    public bool Intact => FirstBrokenSequence is null;
}

/// <summary>
/// Appends to the chained audit trail, in the same transaction as the change it records: an action is either
/// done and audited, or neither. Each entry's link is keyed (<see cref="AuditLinks"/>). The next sequence number
/// is the primary key, so two appenders racing for it cannot both win; the loser's whole unit of work is retried
/// on a fresh context.
/// </summary>
public sealed class TipAuditLog(TipsContexts contexts, IKeyEncryptionKeyProvider keys, TimeProvider time)
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
                entry.Hash = AuditLinks.Of(keys, entry);
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
    /// Walks the whole chain, recomputing every link with the key, and reports the first entry that was altered,
    /// moved, or follows a missing one. A chain whose last entries were removed still verifies on its own: that is
    /// what the signed checkpoints (<see cref="TipAuditCheckpoints"/>) are for.
    /// </summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        VerifyFromAsync(0, [], cancellationToken);

    /// <summary>Walks the chain after entry <paramref name="afterSequence"/>, whose link is trusted to be <paramref name="afterLink"/>.</summary>
    internal async Task<AuditVerification> VerifyFromAsync(long afterSequence, byte[] afterLink, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var expected = afterSequence + 1;
        var previous = afterLink;
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

                if (!entry.Hash.AsSpan().SequenceEqual(AuditLinks.Of(keys, entry)))
                {
                    return new(expected - 1, entry.Sequence, "its content does not match its link", null);
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

    /// <summary>The last entry's sequence and link, or null while the audit is empty.</summary>
    internal async Task<(long Sequence, byte[] Link)?> HeadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await context.Set<TipAuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : (head.Sequence, head.Hash);
    }

    /// <summary>The link stored for entry <paramref name="sequence"/>, or null when there is no such entry.</summary>
    internal async Task<byte[]?> LinkAtAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AsNoTracking().Where(e => e.Sequence == sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The sequence of the entry with this link, or null: a head recorded earlier must still be in the chain.</summary>
    public async Task<long?> SequenceOfHashAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AsNoTracking().Where(e => e.Hash == hash).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<bool> SequenceTakenAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<TipAuditEntry>().AnyAsync(e => e.Sequence == sequence, cancellationToken);
    }
}
