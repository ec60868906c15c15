using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;

namespace Portal.Tips.Audit;

/// <summary>
/// The whole chain, newest first, a page at a time: what the audit administrator reads. Only who, what and when come
/// out (the hashes stay inside; details hold no tip content by the chain's own rule). Reading it changes nothing.
/// </summary>
public sealed class AuditTrailReader(TipsContexts contexts)
{
    public sealed record AuditPage(IReadOnlyList<TipAuditEntryView> Entries, long Total);

    public async Task<AuditPage> PageAsync(int skip, int take, string? action = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = context.Set<TipAuditEntry>().AsNoTracking();
        if (action is { Length: > 0 })
        {
            entries = entries.Where(e => e.Action == action);
        }

        var total = await entries.LongCountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.Sequence).Skip(skip).Take(Math.Min(take, 200)).ToListAsync(cancellationToken);
        return new AuditPage([.. page.Select(TipAuditEntryView.Of)], total);
    }
}
