using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Items;

namespace Portal.Content.Workflow;

internal sealed class ReviewActionConfiguration : IEntityTypeConfiguration<ReviewAction>
{
    public void Configure(EntityTypeBuilder<ReviewAction> action)
    {
        action.ToTable("ReviewActions");
        action.HasKey(a => a.Id);
        action.Property(a => a.ActorId).HasMaxLength(64);
        action.Property(a => a.Comment).HasMaxLength(2000);
        action.HasIndex(a => new { a.VersionId, a.At });
        action.HasIndex(a => new { a.ItemId, a.At });
        action.HasOne<ContentVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
