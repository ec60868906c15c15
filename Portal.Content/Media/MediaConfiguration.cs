using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Departments;
using Portal.Content.Items;

namespace Portal.Content.Media;

internal sealed class MediaFolderConfiguration : IEntityTypeConfiguration<MediaFolder>
{
    public void Configure(EntityTypeBuilder<MediaFolder> folder)
    {
        folder.ToTable("MediaFolders");
        folder.HasKey(f => f.Id);
        folder.Property(f => f.Name).HasMaxLength(MediaFolder.MaxName);
        folder.Property(f => f.CreatedBy).HasMaxLength(64);
        folder.HasIndex(f => new { f.OwnerDepartmentId, f.ParentId });
        folder.HasOne<Department>().WithMany().HasForeignKey(f => f.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        folder.HasOne<MediaFolder>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> asset)
    {
        asset.ToTable("MediaAssets");
        asset.HasKey(a => a.Id);
        asset.Property(a => a.OriginalFileName).HasMaxLength(MediaAsset.MaxFileName);
        asset.Property(a => a.Format).HasConversion<string>().HasMaxLength(20);
        asset.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        asset.Property(a => a.ContentType).HasMaxLength(100);
        asset.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        asset.Property(a => a.BlobKey).HasMaxLength(200);
        asset.Property(a => a.CreatedBy).HasMaxLength(64);
        asset.Property(a => a.UpdatedBy).HasMaxLength(64);
        // One copy of the same bytes per department; a second upload gets the first asset back.
        asset.HasIndex(a => new { a.OwnerDepartmentId, a.Sha256 }).IsUnique();
        asset.HasIndex(a => new { a.OwnerDepartmentId, a.FolderId, a.CreatedAt });
        asset.HasIndex(a => new { a.Kind, a.CreatedAt });
        asset.HasOne<Department>().WithMany().HasForeignKey(a => a.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        asset.HasOne<MediaFolder>().WithMany().HasForeignKey(a => a.FolderId).OnDelete(DeleteBehavior.Restrict);
        asset.HasMany(a => a.Texts).WithOne().HasForeignKey(t => t.AssetId).OnDelete(DeleteBehavior.Cascade);
        asset.HasMany(a => a.Renditions).WithOne().HasForeignKey(r => r.AssetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MediaTextConfiguration : IEntityTypeConfiguration<MediaText>
{
    public void Configure(EntityTypeBuilder<MediaText> text)
    {
        text.ToTable("MediaTexts");
        text.HasKey(t => new { t.AssetId, t.Culture });
        text.Property(t => t.Culture).HasMaxLength(10);
        text.Property(t => t.Alt).HasMaxLength(MediaTextInput.MaxAlt);
        text.Property(t => t.Caption).HasMaxLength(MediaTextInput.MaxCaption);
        text.Property(t => t.Credit).HasMaxLength(MediaTextInput.MaxCredit);
    }
}

internal sealed class MediaRenditionConfiguration : IEntityTypeConfiguration<MediaRendition>
{
    public void Configure(EntityTypeBuilder<MediaRendition> rendition)
    {
        rendition.ToTable("MediaRenditions");
        rendition.HasKey(r => new { r.AssetId, r.Name });
        rendition.Property(r => r.Name).HasMaxLength(20);
        rendition.Property(r => r.ContentType).HasMaxLength(100);
        rendition.Property(r => r.BlobKey).HasMaxLength(200);
    }
}

internal sealed class MediaUsageConfiguration : IEntityTypeConfiguration<MediaUsage>
{
    public void Configure(EntityTypeBuilder<MediaUsage> usage)
    {
        usage.ToTable("MediaUsages");
        usage.HasKey(u => new { u.VersionId, u.AssetId });
        usage.HasIndex(u => u.AssetId);
        // No foreign key to the asset: a draft may name an id that is not (or no longer) in the library.
        usage.HasOne<ContentVersion>().WithMany().HasForeignKey(u => u.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
