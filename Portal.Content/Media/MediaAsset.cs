namespace Portal.Content.Media;

/// <summary>
/// A file in the media library. The bytes are in the blob store (<see cref="BlobKey"/>) and never change: a new file
/// is a new asset. Its type was decided from its content, and the same bytes are kept once per department
/// (<see cref="Sha256"/>).
/// </summary>
internal sealed class MediaAsset
{
    public const int MaxFileName = 255;

    public Guid Id { get; set; }

    public Guid OwnerDepartmentId { get; set; }

    /// <summary>Null when the file is at the top of the department's library.</summary>
    public Guid? FolderId { get; set; }

    /// <summary>The name it was uploaded with (any script); downloads are offered under it.</summary>
    public string OriginalFileName { get; set; } = "";

    public MediaFormat Format { get; set; }

    public MediaKind Kind { get; set; }

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; set; } = "";

    public string BlobKey { get; set; } = "";

    /// <summary>Images only, after the EXIF orientation is applied (what a reader sees).</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Alt text, caption and credit, one row per culture.</summary>
    public List<MediaText> Texts { get; set; } = [];

    public List<MediaRendition> Renditions { get; set; } = [];

    public MediaText? TextFor(string culture) => Texts.FirstOrDefault(t => t.Culture == culture);
}

/// <summary>What a reader is told about a file in one culture.</summary>
internal sealed class MediaText
{
    public Guid AssetId { get; set; }

    public string Culture { get; set; } = "";

    public string? Alt { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }
}

/// <summary>A smaller copy of an image made on upload (thumbnail and responsive widths), upright and without metadata.</summary>
internal sealed class MediaRendition
{
    public Guid AssetId { get; set; }

    /// <summary><c>thumb</c>, <c>w480</c>, <c>w960</c>, <c>w1600</c> (see <see cref="ImageRenditions"/>).</summary>
    public string Name { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string BlobKey { get; set; } = "";
}

/// <summary>
/// The usage index: one row per content version and asset it uses, written with the version (versions never change,
/// so neither do their rows). "Where is this used" joins it with the items' latest and live versions.
/// </summary>
internal sealed class MediaUsage
{
    public Guid VersionId { get; set; }

    public Guid AssetId { get; set; }
}
