using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Tips.Reporting;

namespace Portal.Tips.Retention;

/// <summary>Retention's own index on tips: the purge walks closed tips from the oldest closing on.</summary>
internal sealed class TipRetentionConfiguration : IEntityTypeConfiguration<Tip>
{
    public void Configure(EntityTypeBuilder<Tip> tip) => tip.HasIndex(t => t.ClosedAt);
}
