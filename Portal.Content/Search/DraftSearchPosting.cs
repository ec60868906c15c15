using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Items;

namespace Portal.Content.Search;

/// <summary>
/// A gram (see <see cref="SearchText"/>) of an item's working copy — its latest version, whatever its state — so the
/// manager's text search looks grams up instead of scanning every version's text. Replaced with every new version.
/// </summary>
internal sealed class DraftSearchPosting
{
    public string Gram { get; set; } = "";

    public Guid ItemId { get; set; }
}

internal sealed class DraftSearchPostingConfiguration : IEntityTypeConfiguration<DraftSearchPosting>
{
    public void Configure(EntityTypeBuilder<DraftSearchPosting> posting)
    {
        posting.ToTable("DraftSearchPostings");
        posting.HasKey(p => new { p.Gram, p.ItemId });
        posting.Property(p => p.Gram).HasMaxLength(SearchText.MaxGramLength);
        posting.HasIndex(p => p.ItemId);
        posting.HasOne<ContentItem>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
