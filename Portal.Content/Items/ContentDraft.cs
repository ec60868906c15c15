using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Items;

/// <summary>What an editor sends when saving: the whole content of the next version.</summary>
public sealed record ContentDraft
{
    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    /// <summary>Null keeps the current slug (a new item's is made from the title).</summary>
    public string? Slug { get; init; }

    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>The type's fields; their record must match the item's type.</summary>
    public ContentFields? Fields { get; init; }

    public SeoSettings Seo { get; init; } = new();

    /// <summary>Term keys per vocabulary, e.g. Audience → [students-primary, parents].</summary>
    public IReadOnlyDictionary<Vocabulary, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<Vocabulary, IReadOnlyList<string>>();

    public string? ChangeNote { get; init; }
}

/// <summary>A new item and its first version.</summary>
public sealed record NewContentItem
{
    public Guid OwnerDepartmentId { get; init; }

    public string Culture { get; init; } = ContentCultures.Chinese;

    public Rendition Rendition { get; init; }

    /// <summary>An existing item this one is a variant of (same message, other culture or rendition).</summary>
    public Guid? VariantOf { get; init; }

    /// <summary>The parent page, for pages.</summary>
    public Guid? ParentId { get; init; }

    public required ContentDraft Draft { get; init; }
}

/// <summary>A version that was saved.</summary>
public sealed record SavedVersion(Guid ItemId, Guid VersionId, int Number, string Slug);

/// <summary>
/// Someone saved the item after the version the caller started from. Nothing was saved; <see cref="YourDraft"/> is the
/// caller's text, untouched, to merge by hand or save again on top of <see cref="LatestVersionId"/>.
/// </summary>
public sealed record EditConflict(
    ContentDraft YourDraft, Guid BaseVersionId, Guid LatestVersionId, int LatestNumber, string LatestAuthorId, DateTimeOffset LatestSavedAt);

/// <summary>An item as the editor opens it: the latest version as a draft, and the version to save on top of.</summary>
public sealed record EditableItem(
    Guid ItemId,
    ContentType Type,
    Guid OwnerDepartmentId,
    string Culture,
    Rendition Rendition,
    string Slug,
    Guid LatestVersionId,
    int LatestNumber,
    Workflow.VersionState LatestState,
    Guid? PublishedVersionId,
    ContentDraft Draft,
    DateTimeOffset? PublishAt = null,
    DateTimeOffset? UnpublishAt = null);
