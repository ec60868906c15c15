using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Content.Items;

namespace Portal.Content.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> document)
    {
        document.ToTable("SearchDocuments");
        document.HasKey(d => d.ItemId);
        document.Property(d => d.Culture).HasMaxLength(10);
        document.Property(d => d.Slug).HasMaxLength(100);
        document.Property(d => d.Title).HasMaxLength(200);
        document.Property(d => d.Summary).HasMaxLength(1000);
        // The list without a query: newest first within a culture (and type).
        document.HasIndex(d => new { d.Culture, d.PublishedAt });
        document.HasIndex(d => new { d.Type, d.Culture, d.PublishedAt });
        document.HasIndex(d => d.VersionId);
        document.HasOne<ContentItem>().WithOne().HasForeignKey<SearchDocument>(d => d.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SearchPostingConfiguration : IEntityTypeConfiguration<SearchPosting>
{
    public void Configure(EntityTypeBuilder<SearchPosting> posting)
    {
        posting.ToTable("SearchPostings");
        // Gram first: a query looks grams up; the item is there to group by without touching the table.
        posting.HasKey(p => new { p.Gram, p.ItemId });
        posting.Property(p => p.Gram).HasMaxLength(SearchText.MaxGramLength);
        posting.HasIndex(p => p.ItemId);
    }
}
