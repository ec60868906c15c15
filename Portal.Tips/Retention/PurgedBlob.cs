using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Retention;

/// <summary>
/// A blob of a purged tip that is still to be deleted from the store. It is written in the purge's own
/// transaction, so a store that is down or a node that stops after the commit cannot leave a blob behind for
/// good: every node's retention round deletes what is listed here, then the row. The data key is gone by then,
/// so the blob is unreadable in the meantime.
/// </summary>
internal sealed class PurgedBlob
{
    public string BlobKey { get; set; } = "";

    public DateTimeOffset PurgedAt { get; set; }
}

internal sealed class PurgedBlobConfiguration : IEntityTypeConfiguration<PurgedBlob>
{
    public void Configure(EntityTypeBuilder<PurgedBlob> blob)
    {
        blob.ToTable("PurgedBlobs");
        blob.HasKey(b => b.BlobKey);
        blob.Property(b => b.BlobKey).HasMaxLength(200);
        blob.Property(b => b.PurgedAt).HasConversion(UtcTicksConverter.Instance);
    }
}
