using System.ComponentModel.DataAnnotations;

namespace Portal.Content.Media;

/// <summary>Settings of the media library, section <c>Content:Media</c>.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Content:Media";

    /// <summary>Per kind, e.g. <c>Content:Media:MaxBytes:Video</c>.</summary>
    public MediaSizeLimits MaxBytes { get; set; } = new();

    /// <summary>The format of image renditions: <c>Webp</c> (smaller) or <c>Jpeg</c>.</summary>
    public RenditionFormat RenditionFormat { get; set; } = RenditionFormat.Webp;

    /// <summary>Encoder quality of renditions, 1–100.</summary>
    [Range(1, 100, ErrorMessage = "Content:Media:RenditionQuality: must be between 1 and 100.")]
    public int RenditionQuality { get; set; } = 80;
}

public enum RenditionFormat
{
    Webp,
    Jpeg,
}

public sealed class MediaSizeLimits
{
    private const long MB = 1024 * 1024;

    public long Image { get; set; } = 20 * MB;

    public long Video { get; set; } = 500 * MB;

    public long Audio { get; set; } = 100 * MB;

    public long Captions { get; set; } = 2 * MB;

    public long Document { get; set; } = 100 * MB;

    public long Archive { get; set; } = 200 * MB;

    public long For(MediaKind kind) => kind switch
    {
        MediaKind.Image => Image,
        MediaKind.Video => Video,
        MediaKind.Audio => Audio,
        MediaKind.Captions => Captions,
        MediaKind.Document => Document,
        MediaKind.Archive => Archive,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The largest limit: what the upload endpoint lets a request body be.</summary>
    public long Largest => new[] { Image, Video, Audio, Captions, Document, Archive }.Max();
}
