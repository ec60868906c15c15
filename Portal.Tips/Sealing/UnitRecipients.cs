using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;

namespace Portal.Tips.Sealing;

/// <summary>
/// The current public key of every unit, as intake seals to them: read from the database at most every
/// <see cref="CacheFor"/> per node, so that sealing a tip costs no extra round trip. The node where a unit key is made
/// or renewed reads afresh at once; other nodes within <see cref="CacheFor"/>, inside the minute in which a removed
/// member's own session ends (the security stamp check).
/// </summary>
public sealed class UnitRecipients(TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private sealed record Snapshot(IReadOnlyDictionary<string, UnitRecipient> ByUnit, DateTimeOffset ReadAt);

    private volatile Snapshot? snapshot;

    internal async Task<IReadOnlyList<UnitRecipient>> OfAsync(TipsDbContext context, IReadOnlyCollection<string> units, CancellationToken cancellationToken)
    {
        var current = snapshot;
        if (current is null || current.ReadAt + CacheFor <= time.GetUtcNow())
        {
            var all = await context.Set<UnitKeyRecord>().AsNoTracking().Where(u => u.RetiredAt == null)
                .Select(u => new UnitRecipient(u.Unit, u.Generation, u.PublicKey)).ToListAsync(cancellationToken);
            current = new Snapshot(all.ToDictionary(r => r.Unit, StringComparer.Ordinal), time.GetUtcNow());
            snapshot = current;
        }

        return [.. units.Where(current.ByUnit.ContainsKey).Select(unit => current.ByUnit[unit])];
    }

    /// <summary>A unit key was made or renewed on this node: the next tip reads the keys afresh.</summary>
    public void Changed() => snapshot = null;
}
