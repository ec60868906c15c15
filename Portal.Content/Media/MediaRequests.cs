namespace Portal.Content.Media;

/// <summary>A file to add to the library. <see cref="Content"/> is read once, front to back, and never buffered whole.</summary>
public sealed record MediaUpload
{
    public required Guid DepartmentId { get; init; }

    public Guid? FolderId { get; init; }

    /// <summary>The name the file had on the uploader's computer; its extension must match the content.</summary>
    public required string FileName { get; init; }

    public required Stream Content { get; init; }

    public IReadOnlyList<MediaTextInput> Texts { get; init; } = [];
}

/// <summary>Alt text, caption and credit of a file in one culture (zh-CN, en).</summary>
public sealed record MediaTextInput(string Culture, string? Alt = null, string? Caption = null, string? Credit = null)
{
    public const int MaxAlt = 500;
    public const int MaxCaption = 1000;
    public const int MaxCredit = 200;
}

/// <summary>The asset the upload produced, or the department's existing asset with the same bytes.</summary>
public sealed record UploadedMedia(MediaAssetView Asset, bool WasDuplicate);

/// <summary>Filters of the library list; all optional, combined with AND.</summary>
public sealed record MediaQuery
{
    public Guid? DepartmentId { get; init; }

    /// <summary>Files directly in this folder.</summary>
    public Guid? FolderId { get; init; }

    /// <summary>With no <see cref="FolderId"/>: only files at the top of the library (in no folder).</summary>
    public bool TopLevelOnly { get; init; }

    public MediaKind? Kind { get; init; }

    /// <summary>Part of the file name, or of an alt text, caption or credit.</summary>
    public string? Text { get; init; }

    /// <summary>Only images without a Chinese alt text (the gaps to fill before they can be published).</summary>
    public bool MissingAltOnly { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>A content item whose working copy or live version uses an asset.</summary>
public sealed record MediaUse(
    Guid ItemId, Types.ContentType Type, string Culture, Common.Rendition Rendition, string Title, Guid OwnerDepartmentId,
    Guid VersionId, int VersionNumber, bool IsLive, bool IsLatest);

/// <summary>A file the host may send: the original or one rendition of an asset.</summary>
public sealed record MediaFile(Guid AssetId, string? Rendition, string FileName, string ContentType, MediaKind Kind, long Length, string ETag, DateTimeOffset LastModified)
{
    internal string BlobKey { get; init; } = "";
}
