using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Police;

/// <summary>An officer's internal note on a tip: never shown to the reporter; encrypted under the tip's data key.</summary>
internal sealed class TipNote
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    public string AuthorId { get; set; } = "";

    public byte[] EncryptedBody { get; set; } = [];

    public DateTimeOffset WrittenAt { get; set; }
}

internal sealed class TipNoteConfiguration : IEntityTypeConfiguration<TipNote>
{
    public void Configure(EntityTypeBuilder<TipNote> note)
    {
        note.ToTable("TipNotes");
        note.HasKey(n => n.Id);
        note.Property(n => n.AuthorId).HasMaxLength(100);
        note.Property(n => n.WrittenAt).HasConversion(UtcTicksConverter.Instance);
        note.HasIndex(n => new { n.TipId, n.WrittenAt });
        note.HasOne<Reporting.Tip>().WithMany().HasForeignKey(n => n.TipId).OnDelete(DeleteBehavior.Cascade);
    }
}
