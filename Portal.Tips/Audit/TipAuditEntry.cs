using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Audit;

/// <summary>
/// One entry of the tips audit trail: who did what to which tip, when. Entries are only ever appended (database
/// triggers refuse updates and deletes) and each holds a keyed link over the one before and its own fields, so an
/// edited, moved or removed entry breaks the chain where <see cref="TipAuditLog.VerifyAsync"/> will find it, even
/// for someone who dropped the triggers: without the key they cannot make new links. Details never contain tip content.
/// </summary>
internal sealed class TipAuditEntry
{
    /// <summary>1, 2, 3, … without gaps.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The identity user id, or a system actor such as <c>system:escalation</c> or <c>reporter</c>.</summary>
    public string ActorId { get; set; } = "";

    /// <summary>One of <see cref="TipAuditActions"/>.</summary>
    public string Action { get; set; } = "";

    public Guid? TipId { get; set; }

    /// <summary>Non-sensitive facts about the action (a status pair, a priority, a reason code).</summary>
    public string? Detail { get; set; }

    /// <summary>The previous entry's <see cref="Hash"/> (empty for the first).</summary>
    public byte[] PreviousHash { get; set; } = [];

    /// <summary>This entry's link: the keyed hash of <see cref="AuditLinks"/>, not a plain digest.</summary>
    public byte[] Hash { get; set; } = [];
}

internal sealed class TipAuditEntryConfiguration : IEntityTypeConfiguration<TipAuditEntry>
{
    public void Configure(EntityTypeBuilder<TipAuditEntry> entry)
    {
        entry.ToTable("TipAudit");
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.At).HasConversion(UtcTicksConverter.Instance);
        entry.Property(e => e.ActorId).HasMaxLength(100);
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Detail).HasMaxLength(500);
        entry.HasIndex(e => new { e.TipId, e.Sequence });
    }
}
