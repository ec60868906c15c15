using Portal.Shared.Images;
using SkiaSharp;

namespace Portal.Content.Media;

/// <summary>An image rendition made in memory, before it goes to the blob store.</summary>
internal sealed record RenderedRendition(string Name, int Width, int Height, string ContentType, byte[] Content);

/// <summary>The upright size of an image and its renditions, or the code of why it could not be read.</summary>
internal sealed record RenderedImage(int Width, int Height, IReadOnlyList<RenderedRendition> Renditions, string? Problem)
{
    public static RenderedImage Failed(string problem) => new(0, 0, [], problem);
}

/// <summary>
/// Makes the copies of an image that pages show: a thumbnail and responsive widths (never wider than the original),
/// turned upright by the EXIF orientation and encoded afresh, so no EXIF, GPS or camera data reaches the public.
/// </summary>
internal static class ImageRenditions
{
    public const string Thumbnail = "thumb";
    public const int ThumbnailWidth = 160;

    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>Every rendition name an image can have, smallest first.</summary>
    public static readonly IReadOnlyList<string> Names = [Thumbnail, .. Widths.Select(NameOf)];

    public static string NameOf(int width) => $"w{width}";

    /// <summary>Decodes the image (held in memory while this runs) and renders every rendition that fits it.</summary>
    public static RenderedImage Render(Stream image, RenditionFormat format, int quality)
    {
        using var decoded = ImageSanitiser.DecodeUpright(image);
        if (decoded.Bitmap is not { } upright)
        {
            return RenderedImage.Failed(decoded.Problem == ImageProblem.TooLarge ? Common.ContentCodes.MediaImageTooLarge : Common.ContentCodes.MediaUnreadable);
        }

        var renditions = new List<RenderedRendition>();
        var widths = new List<(string Name, int Width)> { (Thumbnail, Math.Min(ThumbnailWidth, upright.Width)) };
        widths.AddRange(Widths.Where(w => w < upright.Width).Select(w => (NameOf(w), w)));
        foreach (var (name, width) in widths)
        {
            var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
            var encoded = Encode(upright, width, height, format, Math.Clamp(quality, 1, 100));
            if (encoded is null)
            {
                return RenderedImage.Failed(Common.ContentCodes.MediaUnreadable);
            }

            renditions.Add(new RenderedRendition(name, width, height, format == RenditionFormat.Webp ? "image/webp" : "image/jpeg", encoded));
        }

        return new RenderedImage(upright.Width, upright.Height, renditions, null);
    }

    private static byte[]? Encode(SKBitmap source, int width, int height, RenditionFormat format, int quality)
    {
        // Drawn onto a new surface: white under transparency for JPEG (which has no alpha), and nothing of the source's metadata.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, format == RenditionFormat.Jpeg ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        if (surface is null)
        {
            return null;
        }

        var canvas = surface.Canvas;
        canvas.Clear(format == RenditionFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(format == RenditionFormat.Webp ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, quality);
        return data?.ToArray();
    }
}
