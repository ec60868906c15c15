using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Content.Publication;

public enum PublicationChangeKind
{
    Published,
    Unpublished,
    Archived,
    Deleted,
}

/// <summary>
/// What changed on the public site when an item was published, unpublished, archived or deleted, raised after the
/// change is committed. <see cref="CacheTags"/> lists every output-cache tag to evict: the item, its old and new slug,
/// its type's lists, the terms of the old and the new live version, and its variant set.
/// </summary>
public sealed record ContentPublicationChange(
    PublicationChangeKind Kind,
    Guid ItemId,
    Guid? VersionId,
    ContentType Type,
    string Culture,
    Rendition Rendition,
    string Slug,
    string? PreviousSlug,
    IReadOnlyList<string> CacheTags,
    string ActorId,
    DateTimeOffset At);
