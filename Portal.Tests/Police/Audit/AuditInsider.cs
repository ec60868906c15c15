using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Protection;

namespace Portal.Tests.Police.Audit;

/// <summary>
/// The insider the audit must withstand: the database owner's rights (the append-only triggers already dropped)
/// and the portal's source code, but not the tip keys. They can rewrite the table at will and recompute links
/// in the portal's own layout, only with plain SHA-256 instead of the keyed hash.
/// </summary>
internal sealed class AuditInsider(IDbContextFactory<TipsDbContext> contexts)
{
    public async Task<List<TipAuditEntry>> ReadAsync()
    {
        await using var context = await contexts.CreateDbContextAsync();
        return await context.Set<TipAuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>
    /// Replaces the whole table with <paramref name="entries"/>. From index <paramref name="relinkFrom"/> on, each
    /// entry is relinked to the one before it with a recomputed plain hash, as a careful insider would.
    /// </summary>
    public async Task ReplaceAsync(IReadOnlyList<TipAuditEntry> entries, int? relinkFrom = null)
    {
        var rows = entries.Select(Copy).ToList();
        for (var i = relinkFrom ?? rows.Count; i < rows.Count; i++)
        {
            rows[i].PreviousHash = i == 0 ? [] : rows[i - 1].Hash;
            rows[i].Hash = AuditLinks.Of(PlainSha256.Instance, rows[i]);
        }

        await using var context = await contexts.CreateDbContextAsync();
        await context.Set<TipAuditEntry>().ExecuteDeleteAsync();
        context.AddRange(rows);
        await context.SaveChangesAsync();
    }

    /// <summary>The entries renumbered 1, 2, 3, … in their order, as after closing the gap of a deleted one.</summary>
    public static List<TipAuditEntry> Renumbered(IEnumerable<TipAuditEntry> entries) =>
        entries.Select((entry, index) => { var copy = Copy(entry); copy.Sequence = index + 1; return copy; }).ToList();

    public static TipAuditEntry Copy(TipAuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = entry.At,
        ActorId = entry.ActorId,
        Action = entry.Action,
        TipId = entry.TipId,
        Detail = entry.Detail,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
    };

    /// <summary>What the insider has instead of the key ring: the keyed hash's input, hashed without a key.</summary>
    private sealed class PlainSha256 : IKeyEncryptionKeyProvider
    {
        public static readonly PlainSha256 Instance = new();

        public int CurrentVersion => throw new NotSupportedException();

        public WrappedKey Wrap(ReadOnlySpan<byte> dataKey) => throw new NotSupportedException();

        public byte[] Unwrap(WrappedKey wrapped) => throw new NotSupportedException();

        public byte[] KeyedHash(string purpose, ReadOnlySpan<byte> value) => SHA256.HashData(value);
    }
}
