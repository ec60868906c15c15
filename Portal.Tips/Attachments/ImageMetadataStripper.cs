using SkiaSharp;

namespace Portal.Tips.Attachments;

/// <summary>
/// Makes the copy of a photo that staff look at: decoded and encoded again, which leaves behind EXIF, GPS
/// position, camera serial numbers and any other metadata that could identify the tipster, and turned upright
/// by the EXIF orientation first. The original stays encrypted, unchanged, as evidence.
/// </summary>
internal static class ImageMetadataStripper
{
    /// <summary>Larger images are refused before decoding: a small file can declare a huge bitmap.</summary>
    public const long MaxPixels = 40_000_000;

    private const int JpegQuality = 85;

    /// <summary>
    /// Decodes <paramref name="image"/> (the first frame of a GIF) and re-encodes it: JPEG stays JPEG, anything
    /// else becomes PNG. The decoded bitmap is held in memory while this runs.
    /// </summary>
    public static ViewingCopyResult CreateViewingCopy(Stream image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var codec = SKCodec.Create(image, out var created);
        if (codec is null || created != SKCodecResult.Success)
        {
            return ViewingCopyResult.Failed(ViewingCopyResult.Unreadable);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return ViewingCopyResult.Failed(AttachmentRules.ImageTooLarge);
        }

        var isJpeg = codec.EncodedFormat == SKEncodedImageFormat.Jpeg;
        var origin = codec.EncodedOrigin;
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return ViewingCopyResult.Failed(ViewingCopyResult.Unreadable);
        }

        // Most photos need no turn: encode the decoded bitmap itself rather than a drawn copy of it.
        using var turned = origin == SKEncodedOrigin.TopLeft ? null : Orient(decoded, origin);
        var upright = turned ?? decoded;
        using var encoded = upright.Encode(isJpeg ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png, JpegQuality);
        if (encoded is null)
        {
            return ViewingCopyResult.Failed(ViewingCopyResult.Unreadable);
        }

        return new ViewingCopyResult(encoded.ToArray(), isJpeg ? "image/jpeg" : "image/png", null);
    }

    /// <summary>A new bitmap drawn so that the EXIF origin becomes top-left.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // Each matrix maps a source point (x, y) to where it belongs in the upright image.
        var (matrix, swap) = origin switch
        {
            SKEncodedOrigin.TopRight => (new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1), false),
            SKEncodedOrigin.BottomRight => (new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.BottomLeft => (new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.LeftTop => (new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightTop => (new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightBottom => (new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), true),
            SKEncodedOrigin.LeftBottom => (new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), true),
            _ => (SKMatrix.Identity, false),
        };
        var info = new SKImageInfo(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType);
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return upright;
    }
}

/// <summary>The viewing copy, or why there is none.</summary>
internal sealed record ViewingCopyResult(byte[]? Content, string? ContentType, string? Error)
{
    /// <summary>The content looked like an image but could not be decoded (or is a format Skia cannot decode, such as HEIC).</summary>
    public const string Unreadable = "image-unreadable";

    public static ViewingCopyResult Failed(string error) => new(null, null, error);
}
