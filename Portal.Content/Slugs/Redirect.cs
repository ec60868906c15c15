using Portal.Content.Common;

namespace Portal.Content.Slugs;

/// <summary>
/// An old slug that now leads to an item (created automatically when a published item's slug changes). It points at
/// the item, not at the new slug, so a second change never makes a chain.
/// </summary>
internal sealed class Redirect
{
    public Guid Id { get; set; }

    public string Culture { get; set; } = "";

    public Rendition Rendition { get; set; }

    public string FromSlug { get; set; } = "";

    public Guid ItemId { get; set; }

    /// <summary>301 (moved permanently) for slug changes.</summary>
    public int StatusCode { get; set; } = 301;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
