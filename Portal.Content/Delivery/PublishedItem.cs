using Portal.Content.Common;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Delivery;

/// <summary>The live version of an item as readers (and other sites) get it. Blocks and fields stay the stored JSON.</summary>
public sealed record PublishedItem(
    Guid ItemId,
    Guid VersionId,
    Guid VariantSetId,
    ContentType Type,
    string Culture,
    Rendition Rendition,
    string Slug,
    string Title,
    string? Summary,
    int VersionNumber,
    DateTimeOffset PublishedAt,
    DateTimeOffset? FirstPublishedAt,
    DateTimeOffset? UnpublishAt,
    string BodyJson,
    string FieldsJson,
    string? MetaTitle,
    string? MetaDescription,
    Guid? SeoImageAssetId,
    bool NoIndex,
    IReadOnlyList<PublishedTerm> Terms,
    IReadOnlyList<PublishedVariant> Variants);

/// <summary>A term of the live version with its label in the item's culture (the key when it has none).</summary>
public sealed record PublishedTerm(Vocabulary Vocabulary, string Key, string Label);

/// <summary>Another live item of the same variant set.</summary>
public sealed record PublishedVariant(Guid ItemId, string Culture, Rendition Rendition, string Slug, string Title);

/// <summary>The public address of a live item (culture, rendition, slug) and when it was last published.</summary>
public sealed record PublishedAddress(string Culture, Rendition Rendition, string Slug, DateTimeOffset? PublishedAt);
