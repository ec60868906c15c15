using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Attachments;

internal sealed class TipAttachmentConfiguration : IEntityTypeConfiguration<TipAttachment>
{
    public void Configure(EntityTypeBuilder<TipAttachment> attachment)
    {
        attachment.ToTable("TipAttachments");
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Kind).HasMaxLength(20);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.BlobKey).HasMaxLength(200);
        attachment.Property(a => a.ViewingCopyBlobKey).HasMaxLength(200);
        attachment.Property(a => a.ViewingCopyContentType).HasMaxLength(100);
        attachment.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        attachment.Property(a => a.ReceivedAt).HasConversion(UtcTicksConverter.Instance);
        // No foreign key to Tips: files sent with the form are stored under the tip's id before the tip row
        // exists (see AttachmentStaging). The unique slot makes the per-tip limit hold under concurrent uploads.
        attachment.HasIndex(a => new { a.TipId, a.Slot }).IsUnique();
    }
}

internal sealed class AttachmentOutboxItemConfiguration : IEntityTypeConfiguration<AttachmentOutboxItem>
{
    public void Configure(EntityTypeBuilder<AttachmentOutboxItem> item)
    {
        item.ToTable("AttachmentOutbox");
        item.HasKey(i => i.Id);
        item.Property(i => i.BlobKey).HasMaxLength(200);
        item.Property(i => i.NextAttemptAt).HasConversion(UtcTicksConverter.Instance);
        item.HasIndex(i => i.NextAttemptAt);
        item.HasOne<TipAttachment>().WithMany().HasForeignKey(i => i.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttachmentStagingConfiguration : IEntityTypeConfiguration<AttachmentStaging>
{
    public void Configure(EntityTypeBuilder<AttachmentStaging> staging)
    {
        staging.ToTable("AttachmentStagings");
        staging.HasKey(s => s.IdempotencyKeyHash);
        staging.HasIndex(s => s.TipId).IsUnique();
        staging.Property(s => s.CreatedAt).HasConversion(UtcTicksConverter.Instance);
        staging.HasIndex(s => s.CreatedAt);
    }
}
