using Portal.Shared.Images;
using SkiaSharp;

namespace Portal.Tips.Attachments;

/// <summary>
/// Makes the copy of a photo that staff look at: decoded and encoded again, which leaves behind EXIF, GPS
/// position, camera serial numbers and any other metadata that could identify the tipster, and turned upright
/// by the EXIF orientation first. The original stays encrypted, unchanged, as evidence.
/// </summary>
internal static class ImageMetadataStripper
{
    private const int JpegQuality = 85;

    /// <summary>
    /// Decodes <paramref name="image"/> (the first frame of a GIF) and re-encodes it: JPEG stays JPEG, anything
    /// else becomes PNG. The decoded bitmap is held in memory while this runs.
    /// </summary>
    public static ViewingCopyResult CreateViewingCopy(Stream image, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var decoded = ImageSanitiser.DecodeUpright(image, maxPixels);
        if (decoded.Bitmap is not { } upright)
        {
            return ViewingCopyResult.Failed(decoded.Problem == ImageProblem.TooLarge ? ViewingCopyResult.OverPixelBudget : ViewingCopyResult.Unreadable);
        }

        var isJpeg = decoded.EncodedFormat == SKEncodedImageFormat.Jpeg;
        using var encoded = upright.Encode(isJpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, JpegQuality);
        if (encoded is null)
        {
            return ViewingCopyResult.Failed(ViewingCopyResult.Unreadable);
        }

        return new ViewingCopyResult(encoded.ToArray(), isJpeg ? "image/jpeg" : "image/png", null);
    }
}

/// <summary>The viewing copy, or why there is none.</summary>
internal sealed record ViewingCopyResult(byte[]? Content, string? ContentType, string? Error)
{
    /// <summary>The content looked like an image but could not be decoded (or is a format Skia cannot decode, such as HEIC).</summary>
    public const string Unreadable = "image-unreadable";

    /// <summary>The header declares more pixels than <see cref="TipImageOptions.MaxPixels"/>: not decoded.</summary>
    public const string OverPixelBudget = "image-over-pixel-budget";

    public static ViewingCopyResult Failed(string error) => new(null, null, error);
}
