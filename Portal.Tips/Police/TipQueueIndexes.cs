using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

/// <summary>
/// Indexes for the queue's usual views, measured with scripts/bench/tip-queue.sh on a million tips (docs/perf.md).
/// Most tips are closed and the usual views show only open ones, so these are partial: they hold the open tips
/// alone, ordered as the queue sorts them. The jurisdiction one also carries the columns the queue filters on
/// (PostgreSQL INCLUDE; SQLite ignores it), so counting a filtered view never reads the table.
/// </summary>
internal sealed class TipQueueIndexes : IEntityTypeConfiguration<Tip>
{
    private const string Open = "\"Status\" <> 'Closed'";

    public void Configure(EntityTypeBuilder<Tip> tip)
    {
        tip.HasIndex(t => new { t.JurisdictionKey, t.Priority, t.ReceivedAt }, "IX_Tips_Open_JurisdictionKey_Priority_ReceivedAt")
            .HasFilter(Open)
            .IncludeProperties(t => new { t.Category, t.UnreadByPolice, t.Source, t.ProofOfWorkPassed, t.Status });
        tip.HasIndex(t => new { t.Priority, t.ReceivedAt }, "IX_Tips_Open_Priority_ReceivedAt").HasFilter(Open);
        tip.HasIndex(t => t.ReceivedAt, "IX_Tips_Open_ReceivedAt").HasFilter(Open);
        // Sorted by last update (e.g. closed tips, most recently worked first). Not (Status, UpdatedAt): the queue's
        // status filter is "= ANY(@statuses)", which PostgreSQL cannot walk in UpdatedAt order.
        tip.HasIndex(t => t.UpdatedAt);
    }
}
