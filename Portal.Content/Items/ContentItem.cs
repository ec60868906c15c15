using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>
/// A logical piece of content in one culture and rendition. Its text lives in immutable <see cref="ContentVersion"/>
/// rows; the item points at the latest one (the working copy) and at the live one, which stays live until another is
/// published. Title and state of the latest version are copied here for the manager's list.
/// </summary>
internal sealed class ContentItem
{
    public Guid Id { get; set; }

    public ContentType Type { get; set; }

    public Guid OwnerDepartmentId { get; set; }

    /// <summary>Items carrying the same message in other cultures and renditions share this id.</summary>
    public Guid VariantSetId { get; set; }

    public string Culture { get; set; } = ContentCultures.Chinese;

    public Rendition Rendition { get; set; }

    /// <summary>The public slug, unique per culture and rendition; a published item's slug changes only when a version is published.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Parent page (pages only).</summary>
    public Guid? ParentId { get; set; }

    public Guid LatestVersionId { get; set; }

    public int LatestNumber { get; set; }

    public VersionState LatestState { get; set; }

    public string Title { get; set; } = "";

    public Guid? PublishedVersionId { get; set; }

    /// <summary>When the live version went live.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? FirstPublishedAt { get; set; }

    /// <summary>When the scheduler takes the item down (UTC); set by a publisher or by an alert's expiry.</summary>
    public DateTimeOffset? UnpublishAt { get; set; }

    public string? UnpublishScheduledBy { get; set; }

    /// <summary>Claim of a scheduler run on the unpublish; another node leaves the item alone until then.</summary>
    public DateTimeOffset? UnpublishClaimedUntil { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsDeleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public string? DeletedBy { get; set; }
}
