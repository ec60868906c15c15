using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Content.Search;

/// <summary>
/// One published item in the search index: what a hit shows and what the filters need. Present exactly while the item
/// has a live version; replaced in the same transaction as every publish, unpublish, archive and delete.
/// </summary>
internal sealed class SearchDocument
{
    public Guid ItemId { get; set; }

    /// <summary>The live version (its terms are the filter terms; its plain text gives the snippet).</summary>
    public Guid VersionId { get; set; }

    public ContentType Type { get; set; }

    public string Culture { get; set; } = "";

    public Rendition Rendition { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}

/// <summary>
/// A gram (CJK bigram or unigram, or a lower-cased word; see <see cref="SearchText"/>) occurring in a published item,
/// with how often in the title and in the rest of the text.
/// </summary>
internal sealed class SearchPosting
{
    public string Gram { get; set; } = "";

    public Guid ItemId { get; set; }

    public int TitleCount { get; set; }

    public int BodyCount { get; set; }
}
