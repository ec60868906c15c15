using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Departments;
using Portal.Content.Taxonomy;

namespace Portal.Content.Items;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> item)
    {
        item.ToTable("Items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Culture).HasMaxLength(10);
        item.Property(i => i.Slug).HasMaxLength(100);
        item.Property(i => i.Title).HasMaxLength(200);
        item.Property(i => i.CreatedBy).HasMaxLength(64);
        item.Property(i => i.DeletedBy).HasMaxLength(64);
        item.Property(i => i.UnpublishScheduledBy).HasMaxLength(64);
        item.HasIndex(i => new { i.Culture, i.Rendition, i.Slug }).IsUnique();
        item.HasIndex(i => new { i.VariantSetId, i.Culture, i.Rendition }).IsUnique();
        item.HasIndex(i => new { i.OwnerDepartmentId, i.UpdatedAt });
        item.HasIndex(i => new { i.Type, i.Culture, i.UpdatedAt });
        item.HasIndex(i => new { i.LatestState, i.UpdatedAt });
        item.HasIndex(i => i.UnpublishAt);
        item.HasIndex(i => i.ParentId);
        item.HasOne<Department>().WithMany().HasForeignKey(i => i.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne<ContentItem>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> version)
    {
        version.ToTable("Versions");
        version.HasKey(v => v.Id);
        version.Property(v => v.Title).HasMaxLength(200);
        version.Property(v => v.Summary).HasMaxLength(1000);
        version.Property(v => v.Slug).HasMaxLength(100);
        version.Property(v => v.MetaTitle).HasMaxLength(200);
        version.Property(v => v.MetaDescription).HasMaxLength(500);
        version.Property(v => v.ChangeNote).HasMaxLength(1000);
        version.Property(v => v.AuthorId).HasMaxLength(64);
        version.Property(v => v.ApprovedBy).HasMaxLength(64);
        version.Property(v => v.PublishedBy).HasMaxLength(64);
        version.Property(v => v.PublishScheduledBy).HasMaxLength(64);
        version.Ignore(v => v.Seo);
        version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
        version.HasIndex(v => new { v.State, v.PublishAt });
        version.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VersionTermConfiguration : IEntityTypeConfiguration<VersionTerm>
{
    public void Configure(EntityTypeBuilder<VersionTerm> versionTerm)
    {
        versionTerm.ToTable("VersionTerms");
        versionTerm.HasKey(vt => new { vt.VersionId, vt.TermId });
        versionTerm.HasIndex(vt => vt.TermId);
        versionTerm.HasOne<ContentVersion>().WithMany().HasForeignKey(vt => vt.VersionId).OnDelete(DeleteBehavior.Restrict);
        versionTerm.HasOne<Term>().WithMany().HasForeignKey(vt => vt.TermId).OnDelete(DeleteBehavior.Restrict);
    }
}
