namespace Portal.Content.Media;

/// <summary>The allow-list: every format the library accepts, with its kind, type and the file extensions that claim it.</summary>
public enum MediaFormat
{
    Jpeg,
    Png,
    Webp,
    Pdf,
    Mp4,
    Mp3,
    WebVtt,
    Docx,
    Pptx,
    Zip,
}

internal sealed record MediaFormatInfo(MediaFormat Format, MediaKind Kind, string ContentType, IReadOnlyList<string> Extensions)
{
    /// <summary>Docx and pptx are zip files: their first bytes are a zip's, their entries tell them apart.</summary>
    public bool IsZipContainer => Format is MediaFormat.Docx or MediaFormat.Pptx or MediaFormat.Zip;
}

internal static class MediaFormats
{
    public static readonly IReadOnlyList<MediaFormatInfo> All =
    [
        new(MediaFormat.Jpeg, MediaKind.Image, "image/jpeg", [".jpg", ".jpeg"]),
        new(MediaFormat.Png, MediaKind.Image, "image/png", [".png"]),
        new(MediaFormat.Webp, MediaKind.Image, "image/webp", [".webp"]),
        new(MediaFormat.Pdf, MediaKind.Document, "application/pdf", [".pdf"]),
        new(MediaFormat.Mp4, MediaKind.Video, "video/mp4", [".mp4", ".m4v"]),
        new(MediaFormat.Mp3, MediaKind.Audio, "audio/mpeg", [".mp3"]),
        new(MediaFormat.WebVtt, MediaKind.Captions, "text/vtt", [".vtt"]),
        new(MediaFormat.Docx, MediaKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]),
        new(MediaFormat.Pptx, MediaKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]),
        new(MediaFormat.Zip, MediaKind.Archive, "application/zip", [".zip"]),
    ];

    public static MediaFormatInfo Of(MediaFormat format) => All.Single(f => f.Format == format);

    /// <summary>The format a file name claims by its extension, or null when the extension is not on the allow-list.</summary>
    public static MediaFormatInfo? ClaimedBy(string fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        return All.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
