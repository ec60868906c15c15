using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;
using Portal.Tips.Reporting;

namespace Portal.Tips.Rewards;

internal sealed class RewardConfiguration : IEntityTypeConfiguration<Reward>
{
    public void Configure(EntityTypeBuilder<Reward> reward)
    {
        reward.ToTable("Rewards");
        reward.HasKey(r => r.Id);
        // One reward per tip that is not rejected: the database, not a check before the insert, keeps a tip
        // from being rewarded twice. Same SQL on SQLite and PostgreSQL.
        reward.HasIndex(r => r.TipId).IsUnique().HasFilter("\"Status\" <> 'Rejected'").HasDatabaseName("IX_Rewards_ActiveTip");
        reward.HasIndex(r => r.ClaimCodeHash).IsUnique();
        reward.HasIndex(r => new { r.Status, r.CreatedAt });
        reward.Property(r => r.Version).IsConcurrencyToken();
        reward.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        reward.Property(r => r.Method).HasConversion<string>().HasMaxLength(20);
        reward.Property(r => r.LevelCode).HasMaxLength(40);
        reward.Property(r => r.ProposedBy).HasMaxLength(100);
        reward.Property(r => r.DecidedBy).HasMaxLength(100);
        reward.Property(r => r.PaidBy).HasMaxLength(100);
        reward.Property(r => r.OfficeKey).HasMaxLength(40);
        reward.Property(r => r.CreatedAt).HasConversion(UtcTicksConverter.Instance);
        reward.Property(r => r.ProposedAt).HasConversion(NullableUtcTicksConverter.Instance);
        reward.Property(r => r.DecidedAt).HasConversion(NullableUtcTicksConverter.Instance);
        reward.Property(r => r.ChosenAt).HasConversion(NullableUtcTicksConverter.Instance);
        reward.Property(r => r.PaidAt).HasConversion(NullableUtcTicksConverter.Instance);
        reward.HasOne<Tip>().WithMany().HasForeignKey(r => r.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}
