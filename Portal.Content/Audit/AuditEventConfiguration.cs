using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Content.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> audit)
    {
        audit.ToTable("AuditEvents");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.ActorId).HasMaxLength(64);
        audit.Property(a => a.Summary).HasMaxLength(400);
        audit.Property(a => a.Comment).HasMaxLength(2000);
        audit.HasIndex(a => a.At);
        audit.HasIndex(a => new { a.ItemId, a.At });
        audit.HasIndex(a => new { a.ActorId, a.At });
        audit.HasIndex(a => new { a.DepartmentId, a.At });
        audit.HasIndex(a => new { a.AssetId, a.At });
    }
}
