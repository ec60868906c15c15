using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Content.Taxonomy;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> term)
    {
        term.ToTable("Terms");
        term.HasKey(t => t.Id);
        term.Property(t => t.Key).HasMaxLength(64);
        term.HasIndex(t => new { t.Vocabulary, t.Key }).IsUnique();
        term.HasIndex(t => t.ParentId);
        term.HasOne<Term>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TermLabelConfiguration : IEntityTypeConfiguration<TermLabel>
{
    public void Configure(EntityTypeBuilder<TermLabel> label)
    {
        label.ToTable("TermLabels");
        label.HasKey(l => new { l.TermId, l.Culture });
        label.Property(l => l.Culture).HasMaxLength(10);
        label.Property(l => l.Label).HasMaxLength(200);
        label.HasOne<Term>().WithMany().HasForeignKey(l => l.TermId).OnDelete(DeleteBehavior.Cascade);
    }
}
