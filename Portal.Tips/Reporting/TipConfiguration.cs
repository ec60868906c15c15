using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Reporting;

internal sealed class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> tip)
    {
        tip.ToTable("Tips");
        tip.HasKey(t => t.Id);
        tip.Property(t => t.Reference).HasMaxLength(TipReference.Length);
        tip.HasIndex(t => t.Reference).IsUnique();
        tip.Property(t => t.Category).HasMaxLength(40);
        tip.Property(t => t.PrefectureKey).HasMaxLength(20);
        tip.Property(t => t.CountyKey).HasMaxLength(20);
        tip.Property(t => t.Source).HasConversion<string>().HasMaxLength(20);
        tip.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        tip.Property(t => t.ReceivedAt).HasConversion(UtcTicksConverter.Instance);
        tip.Property(t => t.UpdatedAt).HasConversion(UtcTicksConverter.Instance);
        tip.HasIndex(t => t.ReceiptNumberHash).IsUnique();
        tip.HasIndex(t => t.IdempotencyKeyHash).IsUnique();
        tip.HasIndex(t => t.FieldLeadOf);
        tip.Property(t => t.JurisdictionKey).HasMaxLength(20);
        tip.Property(t => t.Priority).HasConversion<int>();
        tip.Property(t => t.AssignedTo).HasMaxLength(100);
        tip.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        tip.Property(t => t.AcknowledgedAt).HasConversion(NullableUtcTicksConverter.Instance);
        tip.Property(t => t.EscalatedAt).HasConversion(NullableUtcTicksConverter.Instance);
        tip.Property(t => t.ClosedAt).HasConversion(NullableUtcTicksConverter.Instance);
        tip.HasIndex(t => new { t.Status, t.ReceivedAt });
        // The queue: a jurisdiction's open tips by priority and age.
        tip.HasIndex(t => new { t.JurisdictionKey, t.Status, t.Priority, t.ReceivedAt });
        tip.HasIndex(t => new { t.Priority, t.ReceivedAt });
        tip.HasIndex(t => t.PrimaryTipId);
        tip.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TipMessageConfiguration : IEntityTypeConfiguration<TipMessage>
{
    public void Configure(EntityTypeBuilder<TipMessage> message)
    {
        message.ToTable("TipMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.SentAt).HasConversion(UtcTicksConverter.Instance);
        message.HasIndex(m => new { m.TipId, m.SentAt });
    }
}
