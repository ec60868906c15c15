using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Intake;

internal sealed class TipConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> tip)
    {
        tip.ToTable("Tips");
        tip.HasKey(t => t.Id);
        tip.Property(t => t.Category).HasMaxLength(40);
        tip.Property(t => t.PrefectureKey).HasMaxLength(20);
        tip.Property(t => t.CountyKey).HasMaxLength(20);
        tip.Property(t => t.Source).HasConversion<string>().HasMaxLength(20);
        tip.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        tip.Property(t => t.ReceivedAt).HasConversion(UtcTicksConverter.Instance);
        tip.Property(t => t.UpdatedAt).HasConversion(UtcTicksConverter.Instance);
        tip.Property(t => t.ReceiptVisibleUntil).HasConversion(
            v => v.HasValue ? v.Value.UtcTicks : (long?)null,
            v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        tip.HasIndex(t => t.ReceiptNumberHash).IsUnique();
        tip.HasIndex(t => t.IdempotencyKeyHash).IsUnique();
        tip.HasIndex(t => new { t.Status, t.ReceivedAt });
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
