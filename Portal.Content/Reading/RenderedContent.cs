using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Reading;

/// <summary>Another item a version links to (a reference block, a curriculum's lessons), as the reader sees it.</summary>
public sealed record LinkedItem(Guid ItemId, ContentType Type, string Culture, Rendition Rendition, string Slug, string Title, string? Summary, bool IsLive);

/// <summary>
/// One version of an item, ready for the public page components: the live version on the public site, any version in
/// the staff preview. Everything the page shows is here, so the components do no data access of their own.
/// </summary>
public sealed record RenderedContent(
    Guid ItemId,
    ContentType Type,
    string Culture,
    Rendition Rendition,
    Guid VariantSetId,
    Guid VersionId,
    int Number,
    string Title,
    string? Summary,
    string Slug,
    IReadOnlyList<Block> Blocks,
    ContentFields Fields,
    SeoSettings Seo,
    IReadOnlyList<TermRef> Terms,
    IReadOnlyList<VariantInfo> Variants,
    IReadOnlyDictionary<Guid, LinkedItem> Links,
    DateTimeOffset? PublishedAt,
    bool IsLive)
{
    /// <summary>The output-cache tags of the public page that shows this item (see <see cref="Publication.ContentCacheTags"/>).</summary>
    public IReadOnlyList<string> CacheTags =>
    [
        Publication.ContentCacheTags.Item(ItemId),
        Publication.ContentCacheTags.Slug(Culture, Rendition, Slug),
        Publication.ContentCacheTags.VariantSet(VariantSetId),
    ];
}
