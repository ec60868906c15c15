using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Tips.AntiBot;

internal sealed class SpentChallengeConfiguration : IEntityTypeConfiguration<SpentChallenge>
{
    public void Configure(EntityTypeBuilder<SpentChallenge> builder)
    {
        builder.ToTable("SpentChallenges");
        builder.HasKey(spent => spent.ChallengeHash);
        builder.Property(spent => spent.ChallengeHash).HasMaxLength(64).IsUnicode(false);

        // SQLite cannot compare DateTimeOffset in SQL; unix seconds compare the same on every provider.
        builder.Property(spent => spent.ExpiresAt)
            .HasConversion(value => value.ToUnixTimeSeconds(), value => DateTimeOffset.FromUnixTimeSeconds(value));
        builder.HasIndex(spent => spent.ExpiresAt);
    }
}
