using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Rewards;

public enum RewardClaimStatus
{
    /// <summary>The reporter asked; the police decide once the case is verified (issue 6: approval and payment).</summary>
    Claimed,
}

/// <summary>
/// A reporter's request for the tip reward (第三十二条, 举报奖励制度). An anonymous reporter must name
/// themselves to be paid, so the claim carries a name and phone, encrypted under the tip's data key like the
/// tip itself; one claim per tip.
/// </summary>
public sealed class RewardClaim
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    public RewardClaimStatus Status { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>The encrypted <see cref="RewardClaimant"/>.</summary>
    public byte[] EncryptedClaimant { get; set; } = [];
}

public sealed record RewardClaimant(string Name, string Phone);

internal sealed class RewardClaimConfiguration : IEntityTypeConfiguration<RewardClaim>
{
    public void Configure(EntityTypeBuilder<RewardClaim> claim)
    {
        claim.ToTable("RewardClaims");
        claim.HasKey(c => c.Id);
        claim.HasIndex(c => c.TipId).IsUnique();
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        claim.Property(c => c.ClaimedAt).HasConversion(UtcTicksConverter.Instance);
        claim.HasOne<Portal.Tips.Intake.Tip>().WithMany().HasForeignKey(c => c.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}
