using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Items;

namespace Portal.Content.Slugs;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    public void Configure(EntityTypeBuilder<Redirect> redirect)
    {
        redirect.ToTable("Redirects");
        redirect.HasKey(r => r.Id);
        redirect.Property(r => r.Culture).HasMaxLength(10);
        redirect.Property(r => r.FromSlug).HasMaxLength(100);
        redirect.Property(r => r.CreatedBy).HasMaxLength(64);
        redirect.HasIndex(r => new { r.Culture, r.Rendition, r.FromSlug }).IsUnique();
        redirect.HasIndex(r => r.ItemId);
        redirect.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
