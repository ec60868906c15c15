namespace Portal.Content.Media;

/// <summary>A library file as the manager shows it: what it is, where it is filed, its texts and renditions (not where its bytes are kept).</summary>
public sealed record MediaAssetView(
    Guid Id,
    Guid OwnerDepartmentId,
    Guid? FolderId,
    string OriginalFileName,
    MediaFormat Format,
    MediaKind Kind,
    string ContentType,
    long Length,
    string Sha256,
    int? Width,
    int? Height,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<MediaTextView> Texts,
    IReadOnlyList<MediaRenditionView> Renditions)
{
    public MediaTextView? TextFor(string culture) => Texts.FirstOrDefault(t => t.Culture == culture);

    internal static MediaAssetView Of(MediaAsset asset) => new(
        asset.Id, asset.OwnerDepartmentId, asset.FolderId, asset.OriginalFileName, asset.Format, asset.Kind, asset.ContentType, asset.Length, asset.Sha256,
        asset.Width, asset.Height, asset.CreatedBy, asset.CreatedAt, asset.UpdatedBy, asset.UpdatedAt,
        [.. asset.Texts.Select(t => new MediaTextView(t.Culture, t.Alt, t.Caption, t.Credit))],
        [.. asset.Renditions.Select(r => new MediaRenditionView(r.Name, r.Width, r.Height, r.ContentType, r.Length))]);
}

/// <summary>Alt text, caption and credit of a file in one culture.</summary>
public sealed record MediaTextView(string Culture, string? Alt, string? Caption, string? Credit);

/// <summary>A smaller copy of an image: <c>thumb</c>, <c>w480</c>, <c>w960</c> or <c>w1600</c>.</summary>
public sealed record MediaRenditionView(string Name, int Width, int Height, string ContentType, long Length);

/// <summary>A folder of a department's library; the manager builds the tree from <see cref="ParentId"/>.</summary>
public sealed record MediaFolderView(Guid Id, Guid OwnerDepartmentId, Guid? ParentId, string Name, string CreatedBy, DateTimeOffset CreatedAt)
{
    internal static MediaFolderView Of(MediaFolder folder) =>
        new(folder.Id, folder.OwnerDepartmentId, folder.ParentId, folder.Name, folder.CreatedBy, folder.CreatedAt);
}
